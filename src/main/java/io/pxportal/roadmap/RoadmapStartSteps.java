package io.pxportal.roadmap;

import io.pxportal.shared.start.StartPath;
import io.pxportal.shared.start.StartScope;
import io.pxportal.shared.start.StartState;
import io.pxportal.shared.start.StartStep;
import io.pxportal.shared.start.StartStepSource;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The path's roadmap step: objectives, the vendors' roadmap items and their alignment ratings. An admin counts
 * every item; a product owner the items concerning their own platforms (objectives are the admin's and steering's).
 * Started with the first objective or item, done when objectives exist, there are items, and every item is rated
 * against at least one objective (fit cannot be scored otherwise).
 */
@Component
@Transactional(readOnly = true)
class RoadmapStartSteps implements StartStepSource {

    private final ObjectiveRepository objectives;
    private final RoadmapItemRepository items;

    RoadmapStartSteps(ObjectiveRepository objectives, RoadmapItemRepository items) {
        this.objectives = objectives;
        this.items = items;
    }

    @Override
    public List<StartStep> steps(StartScope path) {
        if (!StartPath.offeredToCurrentUser()) {
            return List.of();
        }
        boolean whole = StartPath.wholePortal();
        long total;
        long rated;
        if (whole) {
            total = items.count();
            rated = total == 0 ? 0 : items.countRated();
        } else {
            Map<Long, Long> scope = path.vendorsByPlatform();
            Object[] counts = scope.isEmpty()
                    ? new Object[] {0L, 0L}
                    : items.countConcerning(scope.keySet(), new HashSet<>(scope.values()))
                            .getFirst();
            total = ((Number) counts[0]).longValue();
            rated = counts[1] == null ? 0 : ((Number) counts[1]).longValue();
        }
        boolean objectivesSet = objectives.count() > 0;
        StartState state = objectivesSet && total > 0 && rated == total
                ? StartState.DONE
                : objectivesSet || total > 0 ? StartState.STARTED : StartState.NOT_STARTED;
        return List.of(new StartStep(
                90,
                "roadmap",
                "start.roadmap",
                "start.roadmap.help",
                state,
                "roadmap/ratings",
                whole
                        ? List.of("roadmap-objectives", "roadmap-items", "roadmap-ratings")
                        : List.of("roadmap-items", "roadmap-ratings")));
    }
}

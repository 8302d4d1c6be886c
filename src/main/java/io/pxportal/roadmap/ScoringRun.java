package io.pxportal.roadmap;

import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.shared.domain.NotFoundException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One quarter scored: everything the roadmap scores read, loaded once by {@link ScoringRuns}, with the quarter's
 * weights and the day its items are read as of (the quarter's end, or today for the running quarter). Scoring a
 * platform here reads nothing more, so a heatmap of all platforms costs one reading.
 */
record ScoringRun(
        Quarter quarter,
        LocalDate asOf,
        LocalDate today,
        WeightSetView weightSet,
        Map<Long, Integer> weights,
        Map<Long, ObjectiveRef> objectiveRefs,
        List<RoadmapItem> items,
        Map<Long, List<StatusStep>> histories,
        List<Rating> ratings,
        PlatformCatalog.Snapshot platforms) {

    /** Every platform's fit, with the objectives that carry weight in the quarter. */
    Heatmap heatmap() {
        return new Heatmap(
                quarter,
                weightSet,
                weightedObjectives(),
                platforms.platforms().stream().map(p -> fit(p, false)).toList());
    }

    /**
     * The platform's fit, reliability and end-of-support risk; with {@code undoDrops}, each dropped item counts as
     * it stood before it was dropped (the drill-down's "had none been dropped").
     */
    PlatformFit fit(PlatformDetails platform, boolean undoDrops) {
        Map<Long, StatusStep> states = states(platform);
        if (undoDrops) {
            states.replaceAll((id, s) -> s.status() == ItemStatus.DROPPED
                    ? Optional.ofNullable(lastLiveStep(id)).orElse(s)
                    : s);
        }
        Fit fit = RoadmapScoring.fit(weights, rated(states, weights.keySet()));
        Map<Long, List<StatusStep>> concerned = new LinkedHashMap<>();
        concerned(platform).forEach(i -> concerned.put(i.getId(), histories.getOrDefault(i.getId(), List.of())));
        Reliability reliability = RoadmapScoring.reliability(concerned, asOf);
        return new PlatformFit(ref(platform), quarter, fit, reliability, endOfSupport(platform));
    }

    /** The platform's nearest end of support of the version it runs, or null when none is announced. */
    SupportRiskView endOfSupport(PlatformDetails platform) {
        return concerned(platform).stream()
                .filter(i -> i.getType() == ItemType.END_OF_SUPPORT
                        && i.getStatus().live()
                        && i.getCommittedQuarter() != null
                        && RoadmapScoring.versionAffected(i.getAffectedVersion(), platform.productVersion()))
                .min(Comparator.comparing(RoadmapItem::getCommittedQuarter))
                .map(i -> new SupportRiskView(
                        ref(platform),
                        platform.productVersion(),
                        i.getId(),
                        i.getTitle(),
                        i.getCommittedQuarter().end(),
                        RoadmapScoring.supportRisk(i.getCommittedQuarter().end(), today)))
                .orElse(null);
    }

    PlatformDetails platform(Long platformId) {
        return Optional.ofNullable(platforms.byId(platformId))
                .orElseThrow(() -> new NotFoundException("platform", platformId));
    }

    List<ObjectiveRef> weightedObjectives() {
        return weights.keySet().stream().map(objectiveRefs::get).toList();
    }

    Set<Long> allObjectiveIds() {
        return objectiveRefs.keySet();
    }

    List<RoadmapItem> concerned(PlatformDetails platform) {
        Long vendorId = platform.vendor() == null ? null : platform.vendor().id();
        return items.stream().filter(i -> i.concerns(platform.id(), vendorId)).toList();
    }

    /** The platform's items as they stood on the scoring day, those within the horizon only. */
    Map<Long, StatusStep> states(PlatformDetails platform) {
        Map<Long, StatusStep> states = new HashMap<>();
        for (RoadmapItem item : concerned(platform)) {
            StatusStep state = RoadmapScoring.stateOn(histories.getOrDefault(item.getId(), List.of()), asOf);
            if (RoadmapScoring.inHorizon(state, quarter)) {
                states.put(item.getId(), state);
            }
        }
        return states;
    }

    List<RoadmapScoring.Rated> rated(Map<Long, StatusStep> states, Set<Long> objectiveIds) {
        return ratings.stream()
                .filter(r -> states.containsKey(r.getItemId()) && objectiveIds.contains(r.getObjectiveId()))
                .map(r -> new RoadmapScoring.Rated(
                        r.getItemId(),
                        r.getObjectiveId(),
                        r.getRating(),
                        states.get(r.getItemId()).status()))
                .toList();
    }

    /** The item's last live status on or before the scoring day, or null when it never had one. */
    StatusStep lastLiveStep(Long itemId) {
        StatusStep live = null;
        for (StatusStep step : histories.getOrDefault(itemId, List.of())) {
            if (!step.on().isAfter(asOf) && step.status().live()) {
                live = step;
            }
        }
        return live;
    }

    private static PlatformRef ref(PlatformDetails platform) {
        return new PlatformRef(platform.id(), platform.name());
    }
}

package io.pxportal.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the roadmap for {@link ScoringRun}s: objectives, items with their status histories, ratings and platforms
 * once, then each quarter with the weight set in force for it and the day it is read as of. Called inside
 * {@link RoadmapScoreService}'s secured methods only.
 */
@Component
@Transactional(readOnly = true)
class ScoringRuns {

    private final ObjectiveRepository objectives;
    private final WeightSetRepository weightSets;
    private final RoadmapItemRepository items;
    private final ItemStatusChangeRepository steps;
    private final RatingRepository ratings;
    private final PlatformCatalog catalog;
    private final Clock clock;

    ScoringRuns(
            ObjectiveRepository objectives,
            WeightSetRepository weightSets,
            RoadmapItemRepository items,
            ItemStatusChangeRepository steps,
            RatingRepository ratings,
            PlatformCatalog catalog,
            Clock clock) {
        this.objectives = objectives;
        this.weightSets = weightSets;
        this.items = items;
        this.steps = steps;
        this.ratings = ratings;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The quarter scored with the weight set in force for it. */
    ScoringRun run(Quarter quarter) {
        return run(quarter, read(), weightSets.inForce(quarter));
    }

    /**
     * Each quarter scored, from one reading of the roadmap for all of them: the experience trend asks eight
     * quarters at once, and read everything once per quarter before.
     */
    Map<Quarter, ScoringRun> runs(Collection<Quarter> quarters) {
        Reading reading = read();
        List<WeightSet> sets = weightSets.findAllByOrderByEffectiveQuarterDescIdDesc();
        Map<Quarter, ScoringRun> runs = new LinkedHashMap<>();
        for (Quarter quarter : quarters) {
            // as findInForce: the newest written among those effective no later than the quarter
            Optional<WeightSet> inForce = sets.stream()
                    .filter(w -> w.getEffectiveQuarter().compareTo(quarter) <= 0)
                    .findFirst();
            runs.put(quarter, run(quarter, reading, inForce));
        }
        return runs;
    }

    /** Every item's status history, oldest step first. */
    Map<Long, List<StatusStep>> histories() {
        Map<Long, List<StatusStep>> histories = new LinkedHashMap<>();
        steps.findAll(Sort.by("changedOn", "id"))
                .forEach(s -> histories
                        .computeIfAbsent(s.getItemId(), k -> new ArrayList<>())
                        .add(s.toStep()));
        return histories;
    }

    /** What a scoring run reads whatever the quarter. */
    private record Reading(
            List<Objective> objectives,
            List<RoadmapItem> items,
            Map<Long, List<StatusStep>> histories,
            List<Rating> ratings,
            PlatformCatalog.Snapshot platforms) {}

    private Reading read() {
        return new Reading(objectives.findAll(), items.findAll(), histories(), ratings.findAll(), catalog.snapshot());
    }

    private ScoringRun run(Quarter quarter, Reading reading, Optional<WeightSet> inForce) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = quarter.end().isBefore(today) ? quarter.end() : today;
        List<Objective> all = reading.objectives();
        WeightSetView weightSet = inForce.map(WeightSet::toView).orElse(null);
        Map<Long, Integer> weights = new LinkedHashMap<>();
        all.stream()
                .sorted(Comparator.comparing(Objective::getCode))
                .filter(o -> o.validIn(quarter) && weightSet != null && weightSet.weightOf(o.getId()) > 0)
                .forEach(o -> weights.put(o.getId(), weightSet.weightOf(o.getId())));
        return new ScoringRun(
                quarter,
                asOf,
                today,
                weightSet,
                weights,
                all.stream()
                        .collect(Collectors.toMap(
                                Objective::getId, o -> new ObjectiveRef(o.getId(), o.getCode(), o.getName()))),
                reading.items(),
                reading.histories(),
                reading.ratings(),
                reading.platforms());
    }
}

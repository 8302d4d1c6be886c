package io.pxportal.roadmap;

import java.time.Instant;
import java.util.Map;

/** One version of the objectives' weights: in force from {@code effectiveQuarter}, weight by objective id. */
public record WeightSetView(
        Long id,
        Quarter effectiveQuarter,
        Instant createdAt,
        String createdBy,
        String note,
        Map<Long, Integer> weights) {

    public int weightOf(Long objectiveId) {
        return weights.getOrDefault(objectiveId, 0);
    }
}

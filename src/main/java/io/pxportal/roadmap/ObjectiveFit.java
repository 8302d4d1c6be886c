package io.pxportal.roadmap;

import java.math.BigDecimal;
import java.util.List;

/**
 * How one objective is covered: its weight, coverage 0–1, whether it is a gap (no live item supports it), the item
 * that covers it best, the live items that conflict with it, and whether any item is rated for it at all ({@code
 * rated}: an objective nobody rated has coverage 0 too, but a heatmap must not show it as a measured 0 %).
 */
public record ObjectiveFit(
        Long objectiveId,
        int weight,
        BigDecimal coverage,
        boolean gap,
        Long bestItemId,
        List<Long> conflictingItemIds,
        boolean rated) {

    /** An objective with ratings behind its coverage. */
    public ObjectiveFit(
            Long objectiveId,
            int weight,
            BigDecimal coverage,
            boolean gap,
            Long bestItemId,
            List<Long> conflictingItemIds) {
        this(objectiveId, weight, coverage, gap, bestItemId, conflictingItemIds, true);
    }
}

package io.pxportal.roadmap;

import java.math.BigDecimal;
import java.util.List;

/**
 * How one objective is covered: its weight, coverage 0–1, whether it is a gap (no live item supports it), the item
 * that covers it best, and the live items that conflict with it.
 */
public record ObjectiveFit(Long objectiveId, int weight, BigDecimal coverage, boolean gap, Long bestItemId,
                           List<Long> conflictingItemIds) {
}

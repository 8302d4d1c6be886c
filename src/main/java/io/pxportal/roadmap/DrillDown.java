package io.pxportal.roadmap;

import java.math.BigDecimal;
import java.util.List;

/**
 * One cell of the heatmap opened: the objective's coverage for the platform, how its fit would stand had no item
 * been dropped, and every item rated for the objective.
 */
public record DrillDown(
        PlatformFit platform,
        ObjectiveRef objective,
        ObjectiveFit coverage,
        BigDecimal fitWithoutDrops,
        List<Contribution> items) {}

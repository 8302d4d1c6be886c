package io.pxportal.experience;

import java.math.BigDecimal;

/**
 * One metric in a scorecard: its value (null: no data), its score, and the points it costs the scores above it
 * ({@code weight share × (100 − score)}): in its pillar (PX metrics), in its dimension and in TX. Rounded to one
 * decimal; a metric without data costs no points (it lowers the coverage instead).
 */
public record MetricScore(
        MetricDefinition metric,
        BigDecimal value,
        BigDecimal score,
        BigDecimal lostInPillar,
        BigDecimal lostInDimension,
        BigDecimal lostInTotal) {

    public boolean hasData() {
        return value != null;
    }
}

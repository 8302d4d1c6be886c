package io.pxportal.support;

import java.math.BigDecimal;

/**
 * One line of a vendor scorecard: the measured value (null without data), its floor (scores 0) and target
 * (scores 100), the normalised score {@code clamp((value − floor) / (target − floor), 0, 1) × 100} (docs/scoring.md,
 * works in both directions) and the weight.
 */
public record ScoreMetric(
        String key, BigDecimal value, BigDecimal floor, BigDecimal target, BigDecimal score, int weight) {

    static ScoreMetric of(String key, BigDecimal value, String floor, String target, int weight) {
        BigDecimal f = new BigDecimal(floor);
        BigDecimal t = new BigDecimal(target);
        BigDecimal score = null;
        if (value != null) {
            double s = (value.doubleValue() - f.doubleValue()) / (t.doubleValue() - f.doubleValue());
            score = BigDecimal.valueOf(Math.max(0, Math.min(1, s)) * 100).setScale(1, java.math.RoundingMode.HALF_UP);
        }
        return new ScoreMetric(key, value, f, t, score, weight);
    }
}

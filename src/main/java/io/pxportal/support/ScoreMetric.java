package io.pxportal.support;

import io.pxportal.shared.metric.Scoring;
import java.math.BigDecimal;

/**
 * One line of a vendor scorecard: the measured value (null without data), its floor (scores 0) and target (scores
 * 100), the score as shown (one decimal) and the weight. The score is the shared kernel's {@link Scoring#score},
 * the formula of the experience scores (docs/scoring.md).
 */
public record ScoreMetric(
        String key, BigDecimal value, BigDecimal floor, BigDecimal target, BigDecimal score, int weight) {

    static ScoreMetric of(ScorecardMetric metric, BigDecimal value) {
        BigDecimal score = value == null ? null : Scoring.round(Scoring.score(value, metric.floor, metric.target));
        return new ScoreMetric(metric.key, value, metric.floor, metric.target, score, metric.weight);
    }

    /** The score before rounding, what the scorecard's mean is taken of; null without data. */
    BigDecimal unrounded() {
        return value == null ? null : Scoring.score(value, floor, target);
    }
}

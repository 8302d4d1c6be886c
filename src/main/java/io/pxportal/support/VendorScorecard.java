package io.pxportal.support;

import io.pxportal.shared.metric.Scoring;
import io.pxportal.shared.metric.WeightedMean;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A vendor's support scorecard for a period: the metrics, the weighted mean of the scores that have data, and the
 * coverage (share of the weight with data, shown next to the score; a metric without data — e.g. the survey
 * when no platform of the vendor reached the pulse's anonymity threshold — counts in neither). Both are the shared
 * kernel's {@link WeightedMean}, as the experience scores weigh their metrics: the mean is taken of the unrounded
 * metric scores and rounded once.
 */
public record VendorScorecard(Long vendorId, String vendor, String period, List<ScoreMetric> metrics) {

    public BigDecimal score() {
        return Scoring.round(mean().value());
    }

    /** The share of the weight with data, in whole percent. */
    public BigDecimal coverage() {
        return mean().coverage().multiply(Scoring.HUNDRED).setScale(0, RoundingMode.HALF_UP);
    }

    private WeightedMean mean() {
        return WeightedMean.of(metrics, m -> BigDecimal.valueOf(m.weight()), ScoreMetric::unrounded);
    }
}

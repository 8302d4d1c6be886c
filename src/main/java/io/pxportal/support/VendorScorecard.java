package io.pxportal.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A vendor's support scorecard for a period: the metrics, the weighted mean of the scores that have data, and the
 * coverage (share of the weight with data, shown next to the score; a metric without data — e.g. the survey
 * when no platform of the vendor reached the pulse's anonymity threshold — counts in neither).
 */
public record VendorScorecard(Long vendorId, String vendor, String period, List<ScoreMetric> metrics) {

    public BigDecimal score() {
        int weight = metrics.stream()
                .filter(m -> m.score() != null)
                .mapToInt(ScoreMetric::weight)
                .sum();
        if (weight == 0) {
            return null;
        }
        BigDecimal sum = metrics.stream()
                .filter(m -> m.score() != null)
                .map(m -> m.score().multiply(BigDecimal.valueOf(m.weight())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(weight), 1, RoundingMode.HALF_UP);
    }

    public BigDecimal coverage() {
        int all = metrics.stream().mapToInt(ScoreMetric::weight).sum();
        int with = metrics.stream()
                .filter(m -> m.score() != null)
                .mapToInt(ScoreMetric::weight)
                .sum();
        return all == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(with * 100L).divide(BigDecimal.valueOf(all), 0, RoundingMode.HALF_UP);
    }
}

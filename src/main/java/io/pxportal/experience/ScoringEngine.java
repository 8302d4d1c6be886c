package io.pxportal.experience;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a quarter's values into scores, exactly as docs/scoring.md states (tests use its worked examples):
 *
 * <ul>
 *   <li>metric score {@code s = clamp((value − floor) / (target − floor), 0, 1) × 100} (both directions);</li>
 *   <li>pillar and non-PX dimension score: the weighted mean of the scores of its metrics that have data;
 *       coverage: the share of its metric weight that has data;</li>
 *   <li>PX: the weighted mean of the pillars that have data (default equal weights); coverage: the
 *       pillar-weighted mean of the pillars' coverage;</li>
 *   <li>TX: the weighted mean of the dimensions that have data (default CX 30, EX 25, PX 25, UX 10, MX 10);
 *       coverage likewise;</li>
 *   <li>points lost by a metric: its share of the score's weight (through pillar and dimension) × (100 − s), so
 *       that a score is 100 minus the points its metrics lost.</li>
 * </ul>
 *
 * Computed in decimal arithmetic; results are rounded half up to one decimal only at the end.
 */
public final class ScoringEngine {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScoringEngine() {}

    /** The metric's score for a value, 0 to 100, unrounded. */
    public static BigDecimal metricScore(MetricDefinition metric, BigDecimal value) {
        BigDecimal ratio = value.subtract(metric.floor()).divide(metric.target().subtract(metric.floor()), MC);
        return ratio.max(BigDecimal.ZERO).min(BigDecimal.ONE).multiply(HUNDRED);
    }

    /** Scores every metric, pillar and dimension of the catalogue, and TX, for the values given by metric code. */
    public static Scorecard score(Catalogue catalogue, Map<String, BigDecimal> values) {
        Map<String, BigDecimal> scores = new java.util.HashMap<>();
        for (MetricDefinition m : catalogue.metrics()) {
            BigDecimal value = values.get(m.code());
            if (value != null) {
                scores.put(m.code(), metricScore(m, value));
            }
        }
        // Pillars and plain dimensions: weighted means of their metrics.
        Map<Pillar, Mean> pillars = new EnumMap<>(Pillar.class);
        for (Pillar p : Pillar.values()) {
            pillars.put(
                    p,
                    Mean.of(
                            catalogue.metrics().stream()
                                    .filter(m -> m.pillar() == p)
                                    .toList(),
                            scores));
        }
        Map<Dimension, Mean> dimensions = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            dimensions.put(
                    d,
                    d == Dimension.PX
                            ? pxMean(catalogue, pillars)
                            : Mean.of(
                                    catalogue.metrics().stream()
                                            .filter(m -> m.dimension() == d)
                                            .toList(),
                                    scores));
        }
        Mean total = weighted(Dimension.values(), catalogue::weight, dimensions);

        List<MetricScore> metricScores = metricScores(catalogue, values, scores, pillars, dimensions, total);
        Map<Dimension, Score> dimensionScores = new EnumMap<>(Dimension.class);
        dimensions.forEach((d, mean) -> dimensionScores.put(d, mean.score()));
        Map<Pillar, Score> pillarScores = new EnumMap<>(Pillar.class);
        pillars.forEach((p, mean) -> pillarScores.put(p, mean.score()));
        return new Scorecard(catalogue.number(), total.score(), dimensionScores, pillarScores, metricScores);
    }

    /**
     * Each metric's score, and the points it loses (its gap to 100) in its pillar, its dimension and TX: the gap
     * weighted by the metric's share of each.
     */
    private static List<MetricScore> metricScores(
            Catalogue catalogue,
            Map<String, BigDecimal> values,
            Map<String, BigDecimal> scores,
            Map<Pillar, Mean> pillars,
            Map<Dimension, Mean> dimensions,
            Mean total) {
        List<MetricScore> metricScores = new ArrayList<>();
        for (MetricDefinition m : catalogue.metrics()) {
            BigDecimal s = scores.get(m.code());
            if (s == null) {
                metricScores.add(new MetricScore(m, null, null, null, null, null));
                continue;
            }
            BigDecimal gap = HUNDRED.subtract(s);
            BigDecimal inPillar =
                    m.pillar() == null ? null : pillars.get(m.pillar()).share(m.weight());
            BigDecimal inDimension = m.pillar() == null
                    ? dimensions.get(m.dimension()).share(m.weight())
                    : dimensions
                            .get(Dimension.PX)
                            .share(catalogue.weight(m.pillar()))
                            .multiply(inPillar, MC);
            BigDecimal inTotal = total.share(catalogue.weight(m.dimension())).multiply(inDimension, MC);
            metricScores.add(new MetricScore(
                    m,
                    values.get(m.code()),
                    round(s),
                    inPillar == null ? null : round(inPillar.multiply(gap, MC)),
                    round(inDimension.multiply(gap, MC)),
                    round(inTotal.multiply(gap, MC))));
        }
        return metricScores;
    }

    private static Mean pxMean(Catalogue catalogue, Map<Pillar, Mean> pillars) {
        return weighted(Pillar.values(), catalogue::weight, pillars);
    }

    /** A weighted mean of scores that are themselves means (pillars in PX, dimensions in TX). */
    private static <K> Mean weighted(K[] keys, java.util.function.Function<K, BigDecimal> weight, Map<K, Mean> parts) {
        BigDecimal all = BigDecimal.ZERO;
        BigDecimal withData = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal covered = BigDecimal.ZERO;
        for (K key : keys) {
            BigDecimal w = weight.apply(key);
            Mean part = parts.get(key);
            all = all.add(w);
            covered = covered.add(w.multiply(part.coverage(), MC));
            if (part.value() != null) {
                withData = withData.add(w);
                sum = sum.add(w.multiply(part.value(), MC));
            }
        }
        return new Mean(
                withData.signum() == 0 ? null : sum.divide(withData, MC),
                withData,
                all.signum() == 0 ? BigDecimal.ZERO : covered.divide(all, MC));
    }

    static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }

    /** A weighted mean before rounding: its value (null: no data), the weight with data, coverage 0–1. */
    private record Mean(BigDecimal value, BigDecimal weightWithData, BigDecimal coverage) {

        static Mean of(List<MetricDefinition> metrics, Map<String, BigDecimal> scores) {
            BigDecimal all = BigDecimal.ZERO;
            BigDecimal withData = BigDecimal.ZERO;
            BigDecimal sum = BigDecimal.ZERO;
            for (MetricDefinition m : metrics) {
                all = all.add(m.weight());
                BigDecimal s = scores.get(m.code());
                if (s != null) {
                    withData = withData.add(m.weight());
                    sum = sum.add(m.weight().multiply(s, MC));
                }
            }
            return new Mean(
                    withData.signum() == 0 ? null : sum.divide(withData, MC),
                    withData,
                    all.signum() == 0 ? BigDecimal.ZERO : withData.divide(all, MC));
        }

        /** The share of this mean that a part of the given weight has (0 when the part has no data here). */
        BigDecimal share(BigDecimal weight) {
            return value == null ? BigDecimal.ZERO : weight.divide(weightWithData, MC);
        }

        Score score() {
            return new Score(round(value), round(coverage.multiply(HUNDRED, MC)));
        }
    }
}

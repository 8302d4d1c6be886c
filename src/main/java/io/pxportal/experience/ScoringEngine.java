package io.pxportal.experience;

import io.pxportal.shared.metric.Scoring;
import io.pxportal.shared.metric.WeightedMean;
import java.math.BigDecimal;
import java.math.MathContext;
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
 * The metric score and the weighted means are the shared kernel's {@link Scoring} and {@link WeightedMean}, the
 * formula support's vendor scorecard uses too. Computed in decimal arithmetic; results are rounded half up to one
 * decimal only at the end.
 */
public final class ScoringEngine {

    private static final MathContext MC = Scoring.MC;
    private static final BigDecimal HUNDRED = Scoring.HUNDRED;

    private ScoringEngine() {}

    /** The metric's score for a value, 0 to 100, unrounded. */
    public static BigDecimal metricScore(MetricDefinition metric, BigDecimal value) {
        return Scoring.score(value, metric.floor(), metric.target());
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
        Map<Pillar, WeightedMean> pillars = new EnumMap<>(Pillar.class);
        for (Pillar p : Pillar.values()) {
            pillars.put(
                    p,
                    mean(
                            catalogue.metrics().stream()
                                    .filter(m -> m.pillar() == p)
                                    .toList(),
                            scores));
        }
        Map<Dimension, WeightedMean> dimensions = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            dimensions.put(
                    d,
                    d == Dimension.PX
                            ? WeightedMean.ofMeans(List.of(Pillar.values()), catalogue::weight, pillars::get)
                            : mean(
                                    catalogue.metrics().stream()
                                            .filter(m -> m.dimension() == d)
                                            .toList(),
                                    scores));
        }
        WeightedMean total = WeightedMean.ofMeans(List.of(Dimension.values()), catalogue::weight, dimensions::get);

        List<MetricScore> metricScores = metricScores(catalogue, values, scores, pillars, dimensions, total);
        Map<Dimension, Score> dimensionScores = new EnumMap<>(Dimension.class);
        dimensions.forEach((d, mean) -> dimensionScores.put(d, score(mean)));
        Map<Pillar, Score> pillarScores = new EnumMap<>(Pillar.class);
        pillars.forEach((p, mean) -> pillarScores.put(p, score(mean)));
        return new Scorecard(catalogue.number(), score(total), dimensionScores, pillarScores, metricScores);
    }

    /**
     * Each metric's score, and the points it loses (its gap to 100) in its pillar, its dimension and TX: the gap
     * weighted by the metric's share of each.
     */
    private static List<MetricScore> metricScores(
            Catalogue catalogue,
            Map<String, BigDecimal> values,
            Map<String, BigDecimal> scores,
            Map<Pillar, WeightedMean> pillars,
            Map<Dimension, WeightedMean> dimensions,
            WeightedMean total) {
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

    /** A pillar's or plain dimension's mean: its metrics' weights, each with its score if it has one. */
    private static WeightedMean mean(List<MetricDefinition> metrics, Map<String, BigDecimal> scores) {
        return WeightedMean.of(metrics, MetricDefinition::weight, m -> scores.get(m.code()));
    }

    private static Score score(WeightedMean mean) {
        return new Score(round(mean.value()), round(mean.coverage().multiply(HUNDRED, MC)));
    }

    static BigDecimal round(BigDecimal value) {
        return Scoring.round(value);
    }
}

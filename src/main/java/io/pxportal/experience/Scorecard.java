package io.pxportal.experience;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** All scores of one platform in one quarter, computed with one catalogue version. */
public record Scorecard(
        int catalogue,
        Score total,
        Map<Dimension, Score> dimensions,
        Map<Pillar, Score> pillars,
        List<MetricScore> metrics) {

    public Scorecard {
        dimensions = new EnumMap<>(dimensions);
        pillars = new EnumMap<>(pillars);
        metrics = List.copyOf(metrics);
    }

    public Score dimension(Dimension dimension) {
        return dimensions.get(dimension);
    }

    public Score pillar(Pillar pillar) {
        return pillars.get(pillar);
    }

    /** What costs TX the most points, worst first; metrics that cost nothing are left out. */
    public List<MetricScore> drivers() {
        return ranked(m -> m.lostInTotal(), metrics);
    }

    /** What costs a dimension the most points, worst first. */
    public List<MetricScore> drivers(Dimension dimension) {
        return ranked(
                MetricScore::lostInDimension,
                metrics.stream()
                        .filter(m -> m.metric().dimension() == dimension)
                        .toList());
    }

    /** What costs a PX pillar the most points, worst first. */
    public List<MetricScore> drivers(Pillar pillar) {
        return ranked(
                MetricScore::lostInPillar,
                metrics.stream().filter(m -> m.metric().pillar() == pillar).toList());
    }

    private static List<MetricScore> ranked(Function<MetricScore, BigDecimal> lost, List<MetricScore> metrics) {
        return metrics.stream()
                .filter(m -> lost.apply(m) != null && lost.apply(m).signum() > 0)
                .sorted(Comparator.comparing(lost)
                        .reversed()
                        .thenComparing(m -> m.metric().code()))
                .toList();
    }
}

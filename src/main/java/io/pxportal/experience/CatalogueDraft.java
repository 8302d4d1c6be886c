package io.pxportal.experience;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The next catalogue version as an editor proposes it, based on version {@code basedOn} (publishing is refused
 * when someone published another version meanwhile).
 */
public record CatalogueDraft(
        int basedOn,
        String note,
        Map<Dimension, BigDecimal> dimensionWeights,
        Map<Pillar, BigDecimal> pillarWeights,
        List<MetricDefinition> metrics) {

    public CatalogueDraft {
        dimensionWeights = new EnumMap<>(dimensionWeights);
        pillarWeights = new EnumMap<>(pillarWeights);
        metrics = List.copyOf(metrics);
    }

    /** A draft that starts as a copy of a published version. */
    public static CatalogueDraft from(Catalogue catalogue, String note) {
        return new CatalogueDraft(
                catalogue.number(), note, catalogue.dimensionWeights(), catalogue.pillarWeights(), catalogue.metrics());
    }

    /** The same draft with one metric added, or replaced when its code exists. */
    public CatalogueDraft withMetric(MetricDefinition metric) {
        List<MetricDefinition> changed = new java.util.ArrayList<>(metrics);
        int at = -1;
        for (int i = 0; i < changed.size(); i++) {
            if (changed.get(i).code().equals(metric.code())) {
                at = i;
            }
        }
        if (at < 0) {
            changed.add(metric);
        } else {
            changed.set(at, metric);
        }
        return new CatalogueDraft(basedOn, note, dimensionWeights, pillarWeights, changed);
    }

    /** The same draft without the metric. */
    public CatalogueDraft withoutMetric(String code) {
        return new CatalogueDraft(
                basedOn,
                note,
                dimensionWeights,
                pillarWeights,
                metrics.stream().filter(m -> !m.code().equals(code)).toList());
    }

    public CatalogueDraft withWeights(Map<Dimension, BigDecimal> dimensions, Map<Pillar, BigDecimal> pillars) {
        return new CatalogueDraft(basedOn, note, dimensions, pillars, metrics);
    }
}

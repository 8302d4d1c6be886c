package io.pxportal.experience;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One published version of the metric catalogue: the metrics and the weights of the dimensions in TX and of the
 * pillars in PX. Versions never change once published; an edit publishes the next one.
 */
public record Catalogue(
        int number,
        Instant publishedAt,
        String publishedBy,
        String note,
        Map<Dimension, BigDecimal> dimensionWeights,
        Map<Pillar, BigDecimal> pillarWeights,
        List<MetricDefinition> metrics) {

    public Catalogue {
        // unmodifiable: versions are shared from CatalogueService's cache
        dimensionWeights = Collections.unmodifiableMap(new EnumMap<>(dimensionWeights));
        pillarWeights = Collections.unmodifiableMap(new EnumMap<>(pillarWeights));
        metrics = List.copyOf(metrics);
    }

    public Optional<MetricDefinition> metric(String code) {
        return metrics.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    public BigDecimal weight(Dimension dimension) {
        return dimensionWeights.getOrDefault(dimension, BigDecimal.ZERO);
    }

    public BigDecimal weight(Pillar pillar) {
        return pillarWeights.getOrDefault(pillar, BigDecimal.ZERO);
    }
}

package io.pxportal.experience;

import io.pxportal.shared.domain.DomainException;
import java.math.BigDecimal;

/**
 * One metric of a catalogue version: what it measures ({@code code}, {@code name}, {@code unit}), where it counts
 * (dimension; for PX also the pillar), how a value turns into a score (floor scores 0, target scores 100,
 * linear between; the direction says which way is better), its weight within its dimension or pillar, and where
 * its values come from.
 */
public record MetricDefinition(
        String code,
        String name,
        Dimension dimension,
        Pillar pillar,
        String unit,
        Direction direction,
        BigDecimal floor,
        BigDecimal target,
        BigDecimal weight,
        MetricSource source) {

    /** Checks what the scoring formula needs; a broken definition never reaches the engine. */
    public MetricDefinition {
        if (code == null || !code.matches("[a-z0-9][a-z0-9.-]{0,59}")) {
            throw new DomainException("experience.metric.code.invalid", code);
        }
        if (name == null
                || name.isBlank()
                || dimension == null
                || direction == null
                || floor == null
                || target == null
                || weight == null
                || source == null) {
            throw new DomainException("experience.metric.incomplete", code);
        }
        if ((dimension == Dimension.PX) != (pillar != null)) {
            throw new DomainException("experience.metric.pillar", code);
        }
        int order = target.compareTo(floor);
        if (order == 0 || (direction == Direction.HIGHER_IS_BETTER) != (order > 0)) {
            throw new DomainException("experience.metric.floor-target", code);
        }
        if (weight.signum() <= 0) {
            throw new DomainException("experience.metric.weight", code);
        }
        name = name.strip();
        unit = unit == null ? "" : unit.strip();
    }

    /**
     * The name in the reader's language: a metric of the default catalogue that nobody renamed is shown by its
     * translated name; a renamed or added metric by the name its owner gave it. {@code translate} turns a message
     * key into text.
     */
    public String label(java.util.function.Function<String, String> translate) {
        return hasDefaultName() ? translate.apply(nameKey()) : name;
    }

    /** The unit in the reader's language, where it is one of the default catalogue's words (days, tickets, score). */
    public String unitLabel(java.util.function.Function<String, String> translate) {
        return CatalogueDefaults.UNITS.contains(unit) ? translate.apply("experience.metric-unit." + unit) : unit;
    }

    /** Whether the metric still carries the default catalogue's name for its code. */
    public boolean hasDefaultName() {
        return name.equals(CatalogueDefaults.names().get(code));
    }

    /** The message key of the default name of the metric's code. */
    public String nameKey() {
        return "experience.metric-name." + code;
    }
}

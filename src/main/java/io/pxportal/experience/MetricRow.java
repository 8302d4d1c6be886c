package io.pxportal.experience;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** A metric as stored in a catalogue version. */
@Embeddable
class MetricRow {

    @Column(nullable = false, length = 60)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Dimension dimension;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Pillar pillar;

    @Column(nullable = false, length = 20)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Direction direction;

    @Column(name = "floor_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal floor;

    @Column(name = "target_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal target;

    @Column(nullable = false, precision = 9, scale = 3)
    private BigDecimal weight;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MetricSource source;

    protected MetricRow() {}

    static MetricRow of(MetricDefinition m) {
        MetricRow row = new MetricRow();
        row.code = m.code();
        row.name = m.name();
        row.dimension = m.dimension();
        row.pillar = m.pillar();
        row.unit = m.unit();
        row.direction = m.direction();
        row.floor = m.floor();
        row.target = m.target();
        row.weight = m.weight();
        row.source = m.source();
        return row;
    }

    MetricDefinition toDefinition() {
        return new MetricDefinition(
                code,
                name,
                dimension,
                pillar,
                unit,
                direction,
                floor.stripTrailingZeros(),
                target.stripTrailingZeros(),
                weight.stripTrailingZeros(),
                source);
    }
}

package io.pxportal.shared.metric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A derived metric's value for one platform and period, with the records it was computed from. */
public record DerivedValue(BigDecimal value, List<Evidence> evidence) {

    public DerivedValue {
        Objects.requireNonNull(value, "value");
        evidence = List.copyOf(evidence);
    }
}

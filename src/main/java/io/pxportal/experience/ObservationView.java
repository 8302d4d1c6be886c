package io.pxportal.experience;

import io.pxportal.portfolio.PlatformRef;
import java.math.BigDecimal;

/** An observation as lists show it; {@code version} goes back with a change, {@code editable} for the user. */
public record ObservationView(
        Long id,
        Long version,
        PlatformRef platform,
        String metricCode,
        Quarter period,
        BigDecimal value,
        String note,
        ObservationOrigin origin,
        boolean editable) {}

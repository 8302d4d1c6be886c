package io.pxportal.licensing;

import io.pxportal.portfolio.PlatformEnvironment;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A stored measurement: {@code to} is null for a count on a day. {@code counted} says whether its environment
 * counts under the entitlement.
 */
public record MeasurementView(
        Long id,
        Long entitlementId,
        PlatformEnvironment environment,
        LocalDate from,
        LocalDate to,
        BigDecimal quantity,
        MeasurementSource source,
        boolean counted,
        Long version) {}

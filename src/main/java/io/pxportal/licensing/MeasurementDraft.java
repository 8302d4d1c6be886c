package io.pxportal.licensing;

import io.pxportal.portfolio.PlatformEnvironment;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A usage measurement as entered or imported: a count on the day {@code from} (seats, capacity; {@code to} left
 * empty) or a volume over {@code from}–{@code to}. A measurement is known by its entitlement, environment and
 * {@code from}; {@code version} is null for a new one and the stored version to correct an existing one.
 */
public record MeasurementDraft(
        @NotNull(message = "{validation.required}") Long entitlementId,
        @NotNull(message = "{validation.required}") PlatformEnvironment environment,
        @NotNull(message = "{validation.required}") LocalDate from,
        LocalDate to,

        @NotNull(message = "{validation.required}")
        @DecimalMin(value = "0", message = "{measurement.quantity.invalid}")
        @Digits(integer = 17, fraction = 2, message = "{measurement.quantity.invalid}")
        BigDecimal quantity,

        MeasurementSource source,
        Long version) {

    public MeasurementDraft {
        source = source == null ? MeasurementSource.MANUAL : source;
    }

    /** The same measurement, to correct the stored one of that version. */
    public MeasurementDraft correcting(Long storedVersion) {
        return new MeasurementDraft(entitlementId, environment, from, to, quantity, source, storedVersion);
    }
}

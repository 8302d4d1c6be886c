package io.pxportal.experience;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A value to record for a platform, metric and quarter; {@code version} is the version the user started from
 * (null for a new value, or when the caller means "whatever is there", as an import does).
 */
public record ObservationDraft(
        @NotNull(message = "{validation.required}") Long platformId,

        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.max-length}")
        String metricCode,

        @NotNull(message = "{validation.required}") Quarter period,

        @NotNull(message = "{validation.required}")
        @Digits(integer = 15, fraction = 4, message = "{experience.observation.value.invalid}")
        BigDecimal value,

        @Size(max = 500, message = "{validation.max-length}")
        String note,

        Long version) {}

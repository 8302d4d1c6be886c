package io.pxportal.finance;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.YearMonth;

/** 1 {@code base} = {@code rate} {@code quote} for the month; one rate per month and pair. */
public record FxRateDraft(
        @NotNull(message = "{validation.required}") YearMonth month,

        @NotNull(message = "{validation.required}")
        @Pattern(regexp = "[A-Z]{3}", message = "{finance.currency.invalid}")
        String base,

        @NotNull(message = "{validation.required}")
        @Pattern(regexp = "[A-Z]{3}", message = "{finance.currency.invalid}")
        String quote,

        @NotNull(message = "{validation.required}")
        @DecimalMin(value = "0", inclusive = false, message = "{finance.rate.invalid}")
        @Digits(integer = 11, fraction = 8, message = "{finance.rate.invalid}")
        BigDecimal rate,

        Long version) {}

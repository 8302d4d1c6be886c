package io.pxportal.finance;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** A budget for one platform, fiscal year and category; one per combination. */
public record BudgetDraft(
        @NotNull(message = "{validation.required}") Long platformId,

        @Min(value = 2000, message = "{finance.fiscal-year.invalid}")
        @Max(value = 2100, message = "{finance.fiscal-year.invalid}")
        int fiscalYear,

        @NotNull(message = "{validation.required}") CostCategory category,

        @NotNull(message = "{validation.required}")
        @DecimalMin(value = "0", message = "{finance.amount.invalid}")
        @Digits(integer = 17, fraction = 2, message = "{finance.amount.invalid}")
        BigDecimal amount,

        @NotNull(message = "{validation.required}")
        @Pattern(regexp = "[A-Z]{3}", message = "{finance.currency.invalid}")
        String currency,

        Long version) {}

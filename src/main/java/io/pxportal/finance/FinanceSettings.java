package io.pxportal.finance;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * The finance settings: the currency every aggregate is reported in, the month fiscal years start in, the index
 * assumption the forecast starts from, and whether product owners see and change their own platforms' costs.
 */
public record FinanceSettings(
        @NotNull(message = "{validation.required}")
        @Pattern(regexp = "[A-Z]{3}", message = "{finance.currency.invalid}")
        String reportingCurrency,

        @Min(value = 1, message = "{finance.fiscal-start.invalid}")
        @Max(value = 12, message = "{finance.fiscal-start.invalid}")
        int fiscalYearStartMonth,

        @NotNull(message = "{validation.required}")
        @DecimalMin(value = "-20", message = "{finance.index.invalid}")
        @DecimalMax(value = "50", message = "{finance.index.invalid}")
        BigDecimal indexAssumptionPercent,

        boolean ownersEditCosts,
        Long version) {

    public FiscalCalendar calendar() {
        return new FiscalCalendar(fiscalYearStartMonth);
    }
}

package io.pxportal.finance;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What is entered for a cost line. {@code reference} (the invoice or ledger reference) identifies the line for
 * good: a re-import or a repeated API call with the same reference updates it instead of adding a second one.
 * {@code vendorId} left empty means the platform's vendor; {@code period} is the month the cost belongs to (its
 * fiscal period follows from the fiscal-year setting). Negative amounts are credits.
 */
public record CostLineDraft(
        @NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.max-length}")
        String reference,

        @NotNull(message = "{validation.required}") Long platformId,
        Long vendorId,
        Long contractId,
        @NotNull(message = "{validation.required}") CostCategory category,
        @NotNull(message = "{validation.required}") CostKind kind,
        @NotNull(message = "{validation.required}") YearMonth period,

        @NotNull(message = "{validation.required}")
        @Digits(integer = 17, fraction = 2, message = "{finance.amount.invalid}")
        BigDecimal amount,

        @NotNull(message = "{validation.required}")
        @Pattern(regexp = "[A-Z]{3}", message = "{finance.currency.invalid}")
        String currency,

        @Size(max = 400, message = "{validation.max-length}")
        String description,

        Long version) {

    public Money money() {
        return new Money(amount, currency);
    }
}

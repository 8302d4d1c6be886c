package io.pxportal.licensing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a user enters for an entitlement. {@code quantity} is left empty for an enterprise licence; the term
 * defaults to the contract's when left empty; {@code version} is the version they started from (null when new).
 */
public record EntitlementDraft(
        @NotNull(message = "{validation.required}") Long contractId,
        @NotNull(message = "{validation.required}") Long platformId,

        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.max-length}")
        String product,

        @NotNull(message = "{validation.required}") LicenceMetric metric,

        @DecimalMin(value = "0", inclusive = false, message = "{entitlement.quantity.invalid}")
        @Digits(integer = 17, fraction = 2, message = "{entitlement.quantity.invalid}")
        BigDecimal quantity,

        @DecimalMin(value = "0", message = "{entitlement.price.invalid}")
        @Digits(integer = 13, fraction = 6, message = "{entitlement.price.invalid}")
        BigDecimal unitPrice,

        @DecimalMin(value = "0", message = "{entitlement.price.invalid}")
        @Digits(integer = 13, fraction = 6, message = "{entitlement.price.invalid}")
        BigDecimal overagePrice,

        @DecimalMin(value = "0", message = "{entitlement.maintenance.invalid}")
        @DecimalMax(value = "100", message = "{entitlement.maintenance.invalid}")
        @Digits(integer = 3, fraction = 3, message = "{entitlement.maintenance.invalid}")
        BigDecimal maintenancePercent,

        LocalDate termFrom,
        LocalDate termTo,
        boolean nonProductionCounts,
        Long version) {}

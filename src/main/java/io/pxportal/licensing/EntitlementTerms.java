package io.pxportal.licensing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the licence position engine needs of an entitlement: the metric, the quantity (null when unlimited), the
 * prices, the effective term (to null: open-ended) and whether non-production environments count.
 */
public record EntitlementTerms(
        LicenceMetric metric,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal overagePrice,
        LocalDate termFrom,
        LocalDate termTo,
        boolean nonProductionCounts) {

    public EntitlementTerms {
        if (metric == null || termFrom == null) {
            throw new IllegalArgumentException("an entitlement needs a metric and a term start");
        }
        if (termTo != null && termTo.isBefore(termFrom)) {
            throw new IllegalArgumentException("an entitlement's term cannot end before it starts");
        }
        if (metric.isUnlimited() != (quantity == null)) {
            throw new IllegalArgumentException("only an enterprise licence has no quantity");
        }
    }
}

package io.pxportal.finance;

import java.time.LocalDate;

/**
 * What an entitlement may cost at its contract year's true-up, from the licence position: for volumes the
 * forecast beyond the entitlement at the overage price, for seats the shortfall measured so far. It falls in the
 * fiscal year in which the contract year ends.
 */
public record TrueUpRisk(
        Long entitlementId,
        String product,
        String contractNumber,
        Long platformId,
        String platform,
        int fiscalYear,
        LocalDate contractYearEnd,
        Money amount,
        boolean volume) {}

package io.pxportal.support;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one month earns under a policy's credit rules: the uptime tier's share of the monthly fee, the per-breach
 * shares, their sum, the share after the cap, the amount, and until when it can be claimed.
 */
public record CreditAssessment(
        BigDecimal uptimePercentCredit,
        BigDecimal breachPercentCredit,
        BigDecimal totalPercent,
        BigDecimal cappedPercent,
        BigDecimal amount,
        LocalDate claimDeadline,
        boolean windowOpen) {

    public boolean earned() {
        return amount.signum() > 0;
    }

    public boolean capped() {
        return cappedPercent.compareTo(totalPercent) < 0;
    }
}

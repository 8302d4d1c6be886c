package io.pxportal.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Service credits for a month: the best-paying uptime tier whose threshold the month's uptime is below, plus a
 * share per breached ticket by severity, capped at a share of the monthly fee. The claim window runs from the end
 * of the month for the policy's number of days (the last day included).
 */
public final class CreditCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CreditCalculator() {}

    /**
     * @param uptimePercent the month's uptime, or null when nothing was measured (earns no uptime credit)
     * @param breaches      breached tickets of the month by severity
     */
    public static CreditAssessment assess(
            List<CreditTier> tiers,
            Map<Severity, BigDecimal> perBreachPercent,
            BigDecimal capPercent,
            int claimWindowDays,
            BigDecimal monthlyFee,
            YearMonth month,
            BigDecimal uptimePercent,
            Map<Severity, Long> breaches,
            LocalDate today) {
        BigDecimal uptimeCredit = uptimePercent == null
                ? BigDecimal.ZERO
                : tiers.stream()
                        .filter(t -> uptimePercent.compareTo(t.belowPercent()) < 0)
                        .map(CreditTier::creditPercent)
                        .max(BigDecimal::compareTo)
                        .orElse(BigDecimal.ZERO);
        BigDecimal breachCredit = BigDecimal.ZERO;
        for (Map.Entry<Severity, Long> entry : breaches.entrySet()) {
            BigDecimal share = perBreachPercent.getOrDefault(entry.getKey(), BigDecimal.ZERO);
            breachCredit = breachCredit.add(share.multiply(BigDecimal.valueOf(entry.getValue())));
        }
        BigDecimal total = uptimeCredit.add(breachCredit);
        BigDecimal capped = capPercent == null ? total : total.min(capPercent);
        BigDecimal fee = monthlyFee == null ? BigDecimal.ZERO : monthlyFee;
        BigDecimal amount = fee.multiply(capped).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        LocalDate deadline = month.atEndOfMonth().plusDays(claimWindowDays);
        return new CreditAssessment(
                uptimeCredit, breachCredit, total, capped, amount, deadline, !today.isAfter(deadline));
    }
}

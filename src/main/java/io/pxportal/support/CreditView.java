package io.pxportal.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * A month's service credit under a policy: what the rules give (uptime, breaches by severity, the assessment with
 * its claim deadline) and, once claimed, the claim's state. {@code creditId} and {@code version} are null until
 * claimed; {@code editable} says whether the current user may claim or record the vendor's answer.
 */
public record CreditView(
        Long policyId,
        String policy,
        String contractNumber,
        Long platformId,
        String platform,
        String vendor,
        YearMonth month,
        BigDecimal uptimePercent,
        Map<Severity, Long> breaches,
        CreditAssessment assessment,
        String currency,
        CreditStatus status,
        Long creditId,
        Long version,
        BigDecimal claimedAmount,
        BigDecimal grantedAmount,
        String reference,
        LocalDate claimedOn,
        LocalDate decidedOn,
        String note,
        boolean editable) {}

package io.pxportal.support;

import java.math.BigDecimal;

/**
 * A policy's promise for one severity: its name in the contract ("Critical", "Sev 1"), the response and resolution
 * targets in minutes — each of the calendar's working time, or of real time when its {@code …RoundTheClock} is set
 * — and the share of the monthly fee credited per breached ticket (null: none).
 */
public record SeverityTarget(
        String name,
        int responseMinutes,
        int resolutionMinutes,
        boolean responseRoundTheClock,
        boolean resolutionRoundTheClock,
        BigDecimal breachCreditPercent) {

    /** Both clocks on the same time: business hours, or round the clock. */
    public SeverityTarget(
            String name,
            int responseMinutes,
            int resolutionMinutes,
            boolean roundTheClock,
            BigDecimal breachCreditPercent) {
        this(name, responseMinutes, resolutionMinutes, roundTheClock, roundTheClock, breachCreditPercent);
    }
}

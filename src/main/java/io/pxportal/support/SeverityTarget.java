package io.pxportal.support;

import java.math.BigDecimal;

/**
 * A policy's promise for one severity: its name in the contract ("Critical", "Sev 1"), the response and resolution
 * targets in minutes of the calendar's working time (or of real time when {@code roundTheClock}), and the share of
 * the monthly fee credited per breached ticket (null: none).
 */
public record SeverityTarget(String name, int responseMinutes, int resolutionMinutes, boolean roundTheClock,
                             BigDecimal breachCreditPercent) {
}

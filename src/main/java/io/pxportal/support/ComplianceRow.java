package io.pxportal.support;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * SLA compliance of one group (a month, a severity, a platform or a vendor): decided clocks met and breached for
 * response and resolution; {@code tickets} opens the figure down to the tickets that produced it.
 */
public record ComplianceRow(
        String key,
        String label,
        long responseMet,
        long responseBreached,
        long resolutionMet,
        long resolutionBreached,
        TicketFilter tickets) {

    /** Share of decided response clocks that were met, in per cent; null when none was decided. */
    public BigDecimal responsePercent() {
        return percent(responseMet, responseBreached);
    }

    public BigDecimal resolutionPercent() {
        return percent(resolutionMet, resolutionBreached);
    }

    static BigDecimal percent(long met, long breached) {
        long decided = met + breached;
        return decided == 0
                ? null
                : BigDecimal.valueOf(met * 100).divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP);
    }
}

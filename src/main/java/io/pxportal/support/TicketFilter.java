package io.pxportal.support;

import java.time.YearMonth;
import java.util.Set;

/**
 * Which tickets a list shows: text in case id or title; {@code platformIds} null for all platforms (a vendor's
 * platforms when filtering by vendor); a severity; the month opened; open ones only; breached ones only.
 */
public record TicketFilter(String text, Set<Long> platformIds, Severity severity, YearMonth fromMonth,
                           YearMonth toMonth, boolean openOnly,
                           boolean breachedOnly) {

    public static TicketFilter all() {
        return new TicketFilter(null, null, null, null, null, false, false);
    }
}

package io.pxportal.support;

import java.util.Map;

/**
 * Open tickets of one age band ({@code minDays} to {@code maxDays} since opening, {@code maxDays} null for "older")
 * by severity; {@code tickets} lists them.
 */
public record BacklogRow(int minDays, Integer maxDays, Map<Severity, Long> bySeverity, TicketFilter tickets) {

    public long total() {
        return bySeverity.values().stream().mapToLong(Long::longValue).sum();
    }
}

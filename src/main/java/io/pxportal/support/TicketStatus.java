package io.pxportal.support;

/**
 * Where a vendor ticket stands. The first change away from {@link #OPEN} is the vendor's first response;
 * {@link #RESOLVED} and {@link #CLOSED} stop the resolution clock (a later change reopens it); a policy names the
 * statuses that pause it (by default {@link #WAITING_ON_CUSTOMER}).
 */
public enum TicketStatus {
    OPEN,
    IN_PROGRESS,
    WAITING_ON_CUSTOMER,
    ON_HOLD,
    RESOLVED,
    CLOSED;

    public boolean stopsClock() {
        return this == RESOLVED || this == CLOSED;
    }
}

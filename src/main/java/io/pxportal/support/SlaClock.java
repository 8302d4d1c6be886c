package io.pxportal.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One SLA clock of a ticket (response or resolution): its target, the working time used, the outcome, when it
 * falls due if it keeps running (null once stopped or while paused), and the intervals that produced the figure.
 */
public record SlaClock(Duration target, Duration used, SlaOutcome outcome, Instant dueAt, List<Interval> intervals) {

    public SlaClock {
        intervals = List.copyOf(intervals);
    }

    /** Share of the target used, in per cent (may pass 100). */
    public double percentUsed() {
        return target.isZero() ? 0 : used.toSeconds() * 100.0 / target.toSeconds();
    }

    /**
     * A stretch of the ticket's life in one status: {@code counted} is the working time the clock counted in it
     * (zero while paused or stopped); {@code to} null means "until now" for a ticket still in that status.
     */
    public record Interval(TicketStatus status, Instant from, Instant to, boolean paused, Duration counted) {}
}

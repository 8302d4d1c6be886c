package io.pxportal.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Runs the SLA engine over a ticket under its policy, and keeps the outcome on the ticket. */
@Component
class TicketClocks {

    private final VendorTicketRepository tickets;
    private final Clock clock;

    TicketClocks(VendorTicketRepository tickets, Clock clock) {
        this.tickets = tickets;
        this.clock = clock;
    }

    /** Both clocks now; null when the ticket has no policy. */
    Pair of(VendorTicket ticket, SlaPolicy policy) {
        if (policy == null) {
            return new Pair(null, null);
        }
        return at(ticket, policy, ticket.history(), clock.instant());
    }

    /** Both clocks as they stood at {@code at}, from the history known then (the steering agenda's past dates). */
    static Pair at(VendorTicket ticket, SlaPolicy policy, List<StatusChange> history, Instant at) {
        SeverityTarget target = policy.target(ticket.getSeverity());
        BusinessCalendar calendar = policy.calendar(ticket.getSeverity());
        Set<TicketStatus> pausing = policy.getPausingStatuses();
        return new Pair(
                SlaEngine.response(ticket.getOpenedAt(), history, calendar,
                        Duration.ofMinutes(target.responseMinutes()), at),
                SlaEngine.resolution(ticket.getOpenedAt(), history, pausing, calendar,
                        Duration.ofMinutes(target.resolutionMinutes()), at));
    }

    /** Recomputes and keeps the ticket's outcomes. */
    Pair clock(VendorTicket ticket, SlaPolicy policy) {
        Pair pair = of(ticket, policy);
        ticket.clocked(pair.response(), pair.resolution());
        return pair;
    }

    /** A policy changed: every ticket under it is re-timed (its month too, the zone may have changed). */
    void retime(SlaPolicy policy) {
        for (VendorTicket ticket : tickets.findByPolicyId(policy.getId())) {
            ticket.assignPolicy(policy.getId(), policy.zone());
            clock(ticket, policy);
        }
    }

    record Pair(SlaClock response, SlaClock resolution) {
    }
}

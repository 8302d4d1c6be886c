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
        Instant now = clock.instant();
        SeverityTarget target = policy.target(ticket.getSeverity());
        BusinessCalendar calendar = policy.calendar(ticket.getSeverity());
        List<StatusChange> history = ticket.history();
        Set<TicketStatus> pausing = policy.getPausingStatuses();
        return new Pair(
                SlaEngine.response(ticket.getOpenedAt(), history, calendar,
                        Duration.ofMinutes(target.responseMinutes()), now),
                SlaEngine.resolution(ticket.getOpenedAt(), history, pausing, calendar,
                        Duration.ofMinutes(target.resolutionMinutes()), now));
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

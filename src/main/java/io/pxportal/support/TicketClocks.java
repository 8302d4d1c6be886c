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
        Severity severity = ticket.getSeverity();
        return of(policy.target(severity), policy.calendar(severity), policy.getPausingStatuses(),
                ticket.getOpenedAt(), history, at);
    }

    /**
     * Both clocks of a ticket given by its parts, as of {@code now}: the bulk import and the benchmark time rows
     * that are not entities, with the calendar worked out once per policy and severity.
     */
    static Pair of(SeverityTarget target, BusinessCalendar calendar, Set<TicketStatus> pausing, Instant opened,
                   List<StatusChange> history, Instant now) {
        return new Pair(
                SlaEngine.response(opened, history, calendar, Duration.ofMinutes(target.responseMinutes()), now),
                SlaEngine.resolution(opened, history, pausing, calendar,
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

package io.pxportal.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Runs the SLA engine over a ticket under its policy, and keeps the outcome on the ticket. */
@Component
class TicketClocks {

    private final VendorTicketRepository tickets;
    private final TicketOutcomeSummary summary;
    private final Clock clock;

    TicketClocks(VendorTicketRepository tickets, TicketOutcomeSummary summary, Clock clock) {
        this.tickets = tickets;
        this.summary = summary;
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
        return of(
                policy.target(severity),
                policy.calendar(),
                policy.getPausingStatuses(),
                ticket.getOpenedAt(),
                history,
                at);
    }

    /**
     * Both clocks of a ticket given by its parts, as of {@code now}: the bulk import and the benchmark time rows
     * that are not entities, with the calendar worked out once per policy. A clock whose target is round the clock
     * runs on real time in the calendar's zone, the other on the calendar's business hours.
     */
    static Pair of(
            SeverityTarget target,
            BusinessCalendar calendar,
            Set<TicketStatus> pausing,
            Instant opened,
            List<StatusChange> history,
            Instant now) {
        return new Pair(
                SlaEngine.response(
                        opened,
                        history,
                        target.responseRoundTheClock() ? calendar.aroundTheClock() : calendar,
                        Duration.ofMinutes(target.responseMinutes()),
                        now),
                SlaEngine.resolution(
                        opened,
                        history,
                        pausing,
                        target.resolutionRoundTheClock() ? calendar.aroundTheClock() : calendar,
                        Duration.ofMinutes(target.resolutionMinutes()),
                        now));
    }

    /** Recomputes and keeps the ticket's outcomes; the caller recounts it in the outcome summary once written. */
    Pair clock(VendorTicket ticket, SlaPolicy policy) {
        Pair pair = of(ticket, policy);
        ticket.clocked(pair.response(), pair.resolution());
        return pair;
    }

    /**
     * Policies or their calendar changed: their open tickets are re-timed on the new rules, and, from
     * {@code fromMonth} on (null: none), the closed ones of those months too — closed months are left as they were
     * measured unless the user asks. Returns how many tickets were re-timed.
     */
    int retime(Collection<SlaPolicy> changed, YearMonth fromMonth) {
        if (changed.isEmpty()) {
            return 0;
        }
        Map<Long, SlaPolicy> byId = changed.stream().collect(Collectors.toMap(SlaPolicy::getId, p -> p));
        Map<Long, VendorTicket> due = new LinkedHashMap<>();
        tickets.findByPolicyIdInAndStatusNotIn(byId.keySet(), List.of(TicketStatus.RESOLVED, TicketStatus.CLOSED))
                .forEach(t -> due.put(t.getId(), t));
        if (fromMonth != null) {
            tickets.findByPolicyIdInAndOpenedMonthGreaterThanEqual(byId.keySet(), fromMonth.toString())
                    .forEach(t -> due.putIfAbsent(t.getId(), t));
        }
        for (VendorTicket ticket : due.values()) {
            SlaPolicy policy = byId.get(ticket.getPolicyId());
            ticket.assignPolicy(policy.getId(), policy.zone());
            clock(ticket, policy);
        }
        summary.recount(due.values());
        return due.size();
    }

    record Pair(SlaClock response, SlaClock resolution) {}
}

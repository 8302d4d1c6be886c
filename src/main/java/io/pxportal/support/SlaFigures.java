package io.pxportal.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA figures that the PX metrics, the platform cards and the steering agenda share, so the three say the same
 * thing: compliance per platform (ComplianceService's rule: decided clocks of the tickets opened in the period),
 * the tickets open at a moment (from each ticket's status history, so a past quarter's end is answered as it
 * stood), and the steering thresholds.
 */
@Component
@Transactional(readOnly = true)
class SlaFigures {

    /** Compliance at or above this reads as good and needs no decision (the catalogue's resolution target). */
    static final BigDecimal TARGET = BigDecimal.valueOf(95);
    /** Compliance below this reads as bad on a card. */
    static final BigDecimal FLOOR = BigDecimal.valueOf(85);
    /** The catalogue's aged backlog counts tickets open longer than this many days. */
    static final int AGED_DAYS = 30;

    private final ComplianceService compliance;
    private final VendorTicketRepository tickets;
    private final SupportDirectory directory;
    private final Clock clock;

    SlaFigures(ComplianceService compliance, VendorTicketRepository tickets, SupportDirectory directory, Clock clock) {
        this.compliance = compliance;
        this.tickets = tickets;
        this.directory = directory;
        this.clock = clock;
    }

    /** Compliance per platform id over the period; a platform without a decided clock has no row. */
    Map<Long, ComplianceRow> compliance(SlaPeriod period) {
        Map<Long, ComplianceRow> rows = new HashMap<>();
        for (ComplianceRow row : compliance.compliance(period.from(), period.to(), ComplianceDimension.PLATFORM)) {
            rows.put(Long.valueOf(row.key()), row);
        }
        return rows;
    }

    /** The end of {@code day} (UTC), or now when that is still to come: the moment a figure "as of" a day is taken. */
    Instant endOf(LocalDate day) {
        Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant now = clock.instant();
        return end.isAfter(now) ? now : end;
    }

    /**
     * Per platform, the tickets opened in the period's months whose response or resolution clock was breached (the
     * tickets list's "breached" filter), from one grouped query.
     */
    Map<Long, Long> breached(Collection<Long> platformIds, SlaPeriod period) {
        if (platformIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : tickets.countBreachedByPlatform(
                platformIds, period.from().toString(), period.to().toString())) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** Of the platforms, those with any ticket opened up to {@code at}: in one query for all of them. */
    Set<Long> hadTickets(Collection<Long> platformIds, Instant at) {
        return platformIds.isEmpty() ? Set.of() : Set.copyOf(tickets.platformsWithTicketsBy(platformIds, at));
    }

    /** The tickets of the platforms that were open at {@code at} (opened by then, not resolved or closed then). */
    List<VendorTicket> openAt(Collection<Long> platformIds, Instant at) {
        if (platformIds.isEmpty()) {
            return List.of();
        }
        // A ticket resolved by then and not reopened since, or resolved again before then, is left out by the
        // query; the history decides the rest (resolved then, reopened later).
        Specification<VendorTicket> candidates = (root, query, cb) -> cb.and(
                root.get("platformId").in(platformIds),
                cb.lessThanOrEqualTo(root.get("openedAt"), at),
                cb.or(
                        cb.not(root.get("status").in(TicketStatus.RESOLVED, TicketStatus.CLOSED)),
                        cb.greaterThan(root.get("resolvedAt"), at)));
        return tickets.findAll(candidates).stream()
                .filter(t -> !statusAt(t, at).stopsClock())
                .toList();
    }

    /** Days a ticket open at {@code at} had been open then (whole days, as the backlog counts them). */
    static long ageDays(VendorTicket ticket, Instant at) {
        return Duration.between(ticket.getOpenedAt(), at).toDays();
    }

    /**
     * Per platform, the tickets open at {@code at} whose response or resolution clock was at risk then, from each
     * ticket's history up to then under its policy; platforms with none are left out.
     */
    Map<Long, Long> atRiskAt(Collection<Long> platformIds, Instant at) {
        List<VendorTicket> open = openAt(platformIds, at);
        // the tickets' policies in one look-up: a policy per platform grew the figures with the platforms
        Map<Long, SlaPolicy> policies = directory.policies(open.stream()
                .map(VendorTicket::getPolicyId)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        Map<Long, Long> atRisk = new HashMap<>();
        for (VendorTicket ticket : open) {
            if (ticket.getPolicyId() == null) {
                continue;
            }
            SlaPolicy policy = policies.get(ticket.getPolicyId());
            if (policy == null) {
                policy = directory.policy(ticket.getPolicyId());
            }
            List<StatusChange> history =
                    ticket.history().stream().filter(c -> !c.at().isAfter(at)).toList();
            TicketClocks.Pair clocks = TicketClocks.at(ticket, policy, history, at);
            if (clocks.response().outcome() == SlaOutcome.AT_RISK
                    || clocks.resolution().outcome() == SlaOutcome.AT_RISK) {
                atRisk.merge(ticket.getPlatformId(), 1L, Long::sum);
            }
        }
        return atRisk;
    }

    private static TicketStatus statusAt(VendorTicket ticket, Instant at) {
        TicketStatus status = TicketStatus.OPEN;
        for (StatusChange change : ticket.history()) {
            if (!change.at().isAfter(at)) {
                status = change.status();
            }
        }
        return status;
    }

    /** Whether a compliance figure falls short of the steering target (none: nothing to fall short). */
    static boolean belowTarget(BigDecimal percent) {
        return percent != null && percent.compareTo(TARGET) < 0;
    }
}

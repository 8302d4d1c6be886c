package io.pxportal.support;

import io.pxportal.shared.metric.DerivedMetricSource;
import io.pxportal.shared.metric.DerivedValue;
import io.pxportal.shared.metric.Evidence;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PX metrics support knows, per platform and quarter (docs/scoring.md):
 *
 * <ul>
 *   <li>{@code px.sla-response}, {@code px.sla-resolution}: met / (met + breached) × 100 of the decided clocks of
 *       the tickets opened in the quarter (the month taken in the policy's zone, ADR 005) — ComplianceService's
 *       figure; no decided clock, no value. Evidence: the drill-down to those tickets and each breached one.</li>
 *   <li>{@code px.aged-backlog}: tickets open at the quarter's end (now, for the current quarter) that had been
 *       open more than 30 days then; no value for a platform without any ticket by then. Evidence: each of them.</li>
 * </ul>
 */
@Component
@Transactional(readOnly = true)
class SupportMetrics implements DerivedMetricSource {

    static final String RESPONSE = "px.sla-response";
    static final String RESOLUTION = "px.sla-resolution";
    static final String AGED_BACKLOG = "px.aged-backlog";
    /** A platform's breached tickets listed as evidence at most; the drill-down link lists them all. */
    private static final int MAX_LISTED = 50;

    private final SlaFigures figures;
    private final TicketService tickets;
    private final VendorTicketRepository ticketRepository;

    SupportMetrics(SlaFigures figures, TicketService tickets, VendorTicketRepository ticketRepository) {
        this.figures = figures;
        this.tickets = tickets;
        this.ticketRepository = ticketRepository;
    }

    @Override
    public Set<String> metricCodes() {
        return Set.of(RESPONSE, RESOLUTION, AGED_BACKLOG);
    }

    @Override
    public Map<Long, DerivedValue> values(
            String metricCode, Collection<Long> platformIds, LocalDate from, LocalDate to) {
        return switch (metricCode) {
            case RESPONSE -> compliance(platformIds, SlaPeriod.of(from, to), true);
            case RESOLUTION -> compliance(platformIds, SlaPeriod.of(from, to), false);
            case AGED_BACKLOG -> agedBacklog(platformIds, figures.endOf(to));
            default -> Map.of();
        };
    }

    private Map<Long, DerivedValue> compliance(Collection<Long> platformIds, SlaPeriod period, boolean response) {
        Map<Long, ComplianceRow> rows = figures.compliance(period);
        List<Long> measured = platformIds.stream()
                .filter(p -> rows.get(p) != null
                        && (response
                                        ? rows.get(p).responsePercent()
                                        : rows.get(p).resolutionPercent())
                                != null)
                .toList();
        // Evidence names tickets, so it reads them: at most MAX_LISTED per platform, all platforms in one query.
        Map<Long, List<TicketView>> breachedOf = tickets
                .viewsOf(
                        measured.isEmpty()
                                ? List.of()
                                : ticketRepository.firstBreachedIds(
                                        measured,
                                        period.from().toString(),
                                        period.to().toString(),
                                        MAX_LISTED))
                .stream()
                .collect(Collectors.groupingBy(TicketView::platformId));
        Function<TicketView, SlaClock> clockOf = response ? TicketView::response : TicketView::resolution;
        String clock = response ? "response" : "resolution";
        Map<Long, DerivedValue> values = new HashMap<>();
        for (Long platform : measured) {
            ComplianceRow row = rows.get(platform);
            BigDecimal percent = response ? row.responsePercent() : row.resolutionPercent();
            long met = response ? row.responseMet() : row.resolutionMet();
            long breached = response ? row.responseBreached() : row.resolutionBreached();
            List<Evidence> evidence = new ArrayList<>();
            TicketFilter all = period.tickets(platform);
            evidence.add(new Evidence(
                    "tickets",
                    null,
                    row.label() + " · " + period.label(),
                    met + " of " + (met + breached) + " decided " + clock + " clocks met",
                    "support",
                    all.query()));
            breachedOf.getOrDefault(platform, List.of()).stream()
                    .filter(t -> clockOf.apply(t) != null && clockOf.apply(t).outcome() == SlaOutcome.BREACHED)
                    .forEach(t -> evidence.add(ticket(
                            t,
                            clock + " breached: " + clockOf.apply(t).used().toMinutes() + " of "
                                    + clockOf.apply(t).target().toMinutes() + " working minutes")));
            values.put(platform, new DerivedValue(percent, evidence));
        }
        return values;
    }

    private Map<Long, DerivedValue> agedBacklog(Collection<Long> platformIds, Instant at) {
        // Open at a past moment follows from each ticket's history, which no monthly summary holds: the open ones.
        Map<Long, List<VendorTicket>> aged = figures.openAt(platformIds, at).stream()
                .filter(t -> SlaFigures.ageDays(t, at) > SlaFigures.AGED_DAYS)
                .sorted(Comparator.comparing(VendorTicket::getOpenedAt))
                .collect(Collectors.groupingBy(VendorTicket::getPlatformId));
        Set<Long> withTickets = figures.hadTickets(platformIds, at);
        Map<Long, DerivedValue> values = new HashMap<>();
        for (Long platform : platformIds) {
            List<VendorTicket> old = aged.getOrDefault(platform, List.of());
            if (old.isEmpty() && !withTickets.contains(platform)) {
                continue;
            }
            List<Evidence> evidence = old.stream()
                    .map(t -> Evidence.linked(
                            "ticket",
                            t.getId(),
                            t.getCaseId() + " · " + t.getTitle(),
                            t.getSeverity() + ", open " + SlaFigures.ageDays(t, at) + " days on "
                                    + at.toString().substring(0, 10),
                            "support",
                            "ticket"))
                    .toList();
            values.put(platform, new DerivedValue(BigDecimal.valueOf(old.size()), evidence));
        }
        return values;
    }

    private static Evidence ticket(TicketView ticket, String detail) {
        return Evidence.linked(
                "ticket", ticket.id(), ticket.caseId() + " · " + ticket.title(), detail, "support", "ticket");
    }
}

package io.pxportal.support;

import io.pxportal.shared.card.PlatformCardFact;
import io.pxportal.shared.card.PlatformCardFact.Tone;
import io.pxportal.shared.card.PlatformCardSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio card's SLA line: resolution and response compliance over the last full quarter (the figures of
 * that quarter's PX scorecard) and the open tickets with a breached clock now; it opens the vendor support view on
 * the platform's tickets of that quarter. Good when both reach the steering target (95 %) and nothing is breached
 * now, bad when either is below 85 %, a warning otherwise. A platform with neither is left off.
 */
@Component
@Transactional(readOnly = true)
class SupportCards implements PlatformCardSource {

    static final int ORDER = 40;

    private final SlaFigures figures;
    private final EntityManager entityManager;
    private final Clock clock;

    SupportCards(SlaFigures figures, EntityManager entityManager, Clock clock) {
        this.figures = figures;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public Map<Long, List<PlatformCardFact>> facts(Collection<Long> platformIds) {
        SlaPeriod quarter = SlaPeriod.quarterBefore(LocalDate.now(clock));
        Map<Long, ComplianceRow> rows = figures.compliance(quarter);
        Map<Long, Long> breached = openBreaches(platformIds);
        Map<Long, List<PlatformCardFact>> facts = new HashMap<>();
        for (Long platform : platformIds) {
            ComplianceRow row = rows.get(platform);
            long openBreaches = breached.getOrDefault(platform, 0L);
            if (row == null && openBreaches == 0) {
                continue;
            }
            BigDecimal resolution = row == null ? null : row.resolutionPercent();
            BigDecimal response = row == null ? null : row.responsePercent();
            facts.put(
                    platform,
                    List.of(new PlatformCardFact(
                            ORDER,
                            "card.support.sla",
                            "card.support.sla.value",
                            List.of(shown(resolution), shown(response), quarter.argument(), openBreaches),
                            tone(response, resolution, openBreaches),
                            "support",
                            quarter.tickets(platform).query())));
        }
        return facts;
    }

    /**
     * Per platform of the page, its open tickets with a breached clock: one grouped count over the support view's
     * own filter (open, breached), not one count per platform.
     */
    private Map<Long, Long> openBreaches(Collection<Long> platformIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (platformIds.isEmpty()) {
            return counts;
        }
        var spec = VendorTicketRepository.matching(
                new TicketFilter(null, Set.copyOf(platformIds), null, null, null, true, true));
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<VendorTicket> root = query.from(VendorTicket.class);
        query.select(cb.array(root.get("platformId"), cb.count(root)))
                .where(spec.toPredicate(root, query, cb))
                .groupBy(root.get("platformId"));
        entityManager
                .createQuery(query)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    static Tone tone(BigDecimal response, BigDecimal resolution, long openBreaches) {
        if (below(response, SlaFigures.FLOOR) || below(resolution, SlaFigures.FLOOR)) {
            return Tone.BAD;
        }
        if (SlaFigures.belowTarget(response) || SlaFigures.belowTarget(resolution) || openBreaches > 0) {
            return Tone.WARNING;
        }
        return Tone.GOOD;
    }

    private static boolean below(BigDecimal percent, BigDecimal mark) {
        return percent != null && percent.compareTo(mark) < 0;
    }

    /** A compliance figure, or a dash when no clock was decided (the card formats numbers, not null). */
    private static Object shown(BigDecimal percent) {
        return percent == null ? "—" : percent;
    }
}

package io.pxportal.support;

import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.agenda.AgendaScope;
import io.pxportal.shared.agenda.AgendaSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a steering review must see of the vendors' SLAs (docs/scoring.md, "SLA on the steering agenda"):
 *
 * <ul>
 *   <li>per review platform with tickets, the response and resolution compliance of the last full quarter before
 *       the review date (the PX metrics' figures), the tickets opened then with a breached clock, and the open
 *       tickets at risk on the review date; a decision is called for when either compliance is below the target;</li>
 *   <li>uptime against the policy's target, from that quarter's first month to the last month complete before
 *       the review (and today): each month below the target, or the lowest month of a platform that met it;</li>
 *   <li>the service credits of the review's platforms: every credit of those months, and any older one still owed
 *       or claimed; a decision is called for when an owed credit's claim window closes before the next review.</li>
 * </ul>
 */
@Component
class SlaAgenda implements AgendaSource {

    static final String SECTION = "sla";
    static final String COMPLIANCE_SUBJECT = "platform-sla";
    static final String UPTIME_SUBJECT = "platform-uptime";
    static final String RESPONSE = "agenda.sla.response";
    static final String RESOLUTION = "agenda.sla.resolution";
    static final String TARGET = "agenda.sla.target";
    static final String BREACHED = "agenda.sla.breached";
    static final String AT_RISK = "agenda.sla.at-risk";
    static final String UPTIME = "agenda.sla.uptime";
    static final String CREDIT = "agenda.sla.credit";
    static final String AMOUNT = "agenda.sla.amount";
    static final String GRANTED = "agenda.sla.granted";
    static final String UPTIME_TARGET = "agenda.sla.uptime-target";
    static final String CLAIM_BY = "agenda.sla.claim-by";
    /** Credits older than this before the review are listed only while still owed or claimed. */
    private static final int CREDIT_MONTHS = 12;

    private final SlaFigures figures;
    private final AvailabilityService availability;
    private final CreditService credits;
    private final SupportDirectory directory;
    private final Clock clock;

    SlaAgenda(
            SlaFigures figures,
            AvailabilityService availability,
            CreditService credits,
            SupportDirectory directory,
            Clock clock) {
        this.figures = figures;
        this.availability = availability;
        this.credits = credits;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<AgendaItem> items(AgendaScope scope) {
        SlaPeriod quarter = SlaPeriod.quarterBefore(scope.asOf());
        // A review planned ahead shows the months complete today, not a month still running.
        YearMonth lastComplete = YearMonth.from(scope.asOf()).minusMonths(1);
        if (lastComplete.isAfter(YearMonth.now(clock).minusMonths(1))) {
            lastComplete = YearMonth.now(clock).minusMonths(1);
        }
        Map<Long, PlatformDetails> platforms = directory.platforms(scope.platformIds());
        List<PlatformDetails> byName = platforms.values().stream()
                .sorted(Comparator.comparing(PlatformDetails::name))
                .toList();
        List<AgendaItem> items = new ArrayList<>(compliance(byName, quarter, figures.endOf(scope.asOf())));
        uptime(
                        availability.uptime(quarter.from(), lastComplete).stream()
                                .filter(u -> platforms.containsKey(u.platformId()) && u.target() != null)
                                .toList(),
                        new SlaPeriod(quarter.from(), lastComplete))
                .forEach(items::add);
        credits.credits(lastComplete.minusMonths(CREDIT_MONTHS - 1), lastComplete).stream()
                .filter(c -> platforms.containsKey(c.platformId()))
                .filter(c -> !c.month().isBefore(quarter.from())
                        || c.status() == CreditStatus.OWED
                        || c.status() == CreditStatus.CLAIMED)
                .forEach(c -> items.add(credit(c, scope.until())));
        return items;
    }

    private List<AgendaItem> compliance(List<PlatformDetails> platforms, SlaPeriod quarter, Instant at) {
        Map<Long, ComplianceRow> rows = figures.compliance(quarter);
        Map<Long, Long> atRisk =
                figures.atRiskAt(platforms.stream().map(PlatformDetails::id).collect(Collectors.toSet()), at);
        Map<Long, Long> breachedByPlatform =
                figures.breached(platforms.stream().map(PlatformDetails::id).toList(), quarter);
        List<AgendaItem> items = new ArrayList<>();
        for (PlatformDetails platform : platforms) {
            ComplianceRow row = rows.get(platform.id());
            long breached = breachedByPlatform.getOrDefault(platform.id(), 0L);
            long risky = atRisk.getOrDefault(platform.id(), 0L);
            if (row == null && breached == 0 && risky == 0) {
                continue;
            }
            BigDecimal response = row == null ? null : row.responsePercent();
            BigDecimal resolution = row == null ? null : row.resolutionPercent();
            items.add(new AgendaItem(
                    COMPLIANCE_SUBJECT,
                    platform.id(),
                    platform.id(),
                    platform.name() + " · " + quarter.label(),
                    List.of(
                            AgendaFigure.percent(RESPONSE, response),
                            AgendaFigure.percent(RESOLUTION, resolution),
                            AgendaFigure.percent(TARGET, SlaFigures.TARGET),
                            AgendaFigure.number(BREACHED, BigDecimal.valueOf(breached)),
                            AgendaFigure.number(AT_RISK, BigDecimal.valueOf(risky))),
                    SlaFigures.belowTarget(response) || SlaFigures.belowTarget(resolution)));
        }
        return items;
    }

    /**
     * Per platform, each month below its uptime target; a platform that met it every month gets one line with its
     * lowest month, so every platform with a target is seen without a row per good month.
     */
    private static List<AgendaItem> uptime(List<MonthlyUptime> months, SlaPeriod period) {
        Map<String, List<MonthlyUptime>> byPlatform = months.stream()
                .collect(Collectors.groupingBy(MonthlyUptime::platform, java.util.TreeMap::new, Collectors.toList()));
        List<AgendaItem> items = new ArrayList<>();
        byPlatform.forEach((name, platformMonths) -> {
            List<MonthlyUptime> missed = platformMonths.stream()
                    .filter(u -> Boolean.FALSE.equals(u.met()))
                    .sorted(Comparator.comparing(MonthlyUptime::month))
                    .toList();
            if (missed.isEmpty()) {
                MonthlyUptime lowest = platformMonths.stream()
                        .min(Comparator.comparing(MonthlyUptime::uptimePercent))
                        .orElseThrow();
                items.add(uptime(lowest, name + " · " + period.label()));
            } else {
                missed.forEach(u -> items.add(uptime(u, name + " · " + u.month())));
            }
        });
        return items;
    }

    private static AgendaItem uptime(MonthlyUptime month, String title) {
        return new AgendaItem(
                UPTIME_SUBJECT,
                month.platformId(),
                month.platformId(),
                title,
                List.of(
                        AgendaFigure.percent(UPTIME, month.uptimePercent().stripTrailingZeros()),
                        AgendaFigure.percent(UPTIME_TARGET, month.target().stripTrailingZeros())),
                false);
    }

    private static AgendaItem credit(CreditView credit, LocalDate until) {
        boolean claimable = credit.status() == CreditStatus.OWED || credit.status() == CreditStatus.LAPSED;
        boolean closing = credit.status() == CreditStatus.OWED
                && !credit.assessment().claimDeadline().isAfter(until);
        return new AgendaItem(
                CreditAlerts.SUBJECT,
                credit.policyId(),
                credit.platformId(),
                credit.contractNumber() + " · " + credit.platform() + " · " + credit.month(),
                List.of(
                        AgendaFigure.message(
                                CREDIT,
                                "support-credit-status." + credit.status().name()),
                        // "Amount" is the credit earned, as the credits list shows it; what was granted apart.
                        AgendaFigure.money(AMOUNT, credit.assessment().amount(), credit.currency()),
                        AgendaFigure.money(
                                GRANTED,
                                credit.status() == CreditStatus.GRANTED ? credit.grantedAmount() : null,
                                credit.currency()),
                        AgendaFigure.date(
                                CLAIM_BY, claimable ? credit.assessment().claimDeadline() : null)),
                closing);
    }
}

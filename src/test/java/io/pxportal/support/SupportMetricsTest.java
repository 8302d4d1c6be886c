package io.pxportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.contracts.ContractDraft;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.contracts.NoticeUnit;
import io.pxportal.contracts.RenewalType;
import io.pxportal.contracts.UpliftType;
import io.pxportal.portfolio.Deployment;
import io.pxportal.portfolio.Lifecycle;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformDraft;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorDetails;
import io.pxportal.portfolio.VendorDraft;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.metric.DerivedValue;
import io.pxportal.shared.metric.Evidence;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The worked example of docs/scoring.md ("SLA metrics"): one platform under a round-the-clock policy in UTC (P2:
 * response 60 min, resolution 8 h) with seven tickets around 2026-Q2.
 */
@PortalIntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class SupportMetricsTest {

    private static final LocalDate Q2_FROM = LocalDate.of(2026, 4, 1);
    private static final LocalDate Q2_TO = LocalDate.of(2026, 6, 30);

    @Autowired
    VendorService vendors;

    @Autowired
    PlatformService platforms;

    @Autowired
    ContractService contracts;

    @Autowired
    SlaPolicyService policies;

    @Autowired
    TicketService tickets;

    @Autowired
    SupportMetrics metrics;

    @Autowired
    BusinessCalendarService calendars;

    private static Long platformId;

    @BeforeEach
    void workedExample() {
        if (platformId != null) {
            return;
        }
        VendorDetails vendor =
                vendors.create(new VendorDraft("SLA Example Vendor", "DE", null, null, null, List.of(), null));
        PlatformDetails platform = platforms.create(new PlatformDraft(
                "SLA Worked Example",
                vendor.id(),
                "Example CCM",
                null,
                Deployment.SAAS,
                Lifecycle.SUSTAIN,
                null,
                null,
                null,
                null,
                null));
        ContractView contract = contracts.create(new ContractDraft(
                "SLA-EXAMPLE-1",
                "SLA example",
                vendor.id(),
                Set.of(platform.id()),
                "admin",
                LocalDate.of(2026, 1, 1),
                36,
                RenewalType.NONE,
                12,
                90,
                NoticeUnit.DAYS,
                0,
                null,
                "EUR",
                new BigDecimal("12000.00"),
                UpliftType.NONE,
                null,
                null,
                null,
                null,
                null,
                null));
        Long calendar = calendars
                .create(new BusinessCalendarDraft(
                        "SLA example UTC",
                        "UTC",
                        List.of(WorkWeek.of(
                                LocalDate.of(2000, 1, 1),
                                java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY),
                                new WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0)))),
                        List.of(),
                        null))
                .id();
        policies.create(new SlaPolicyDraft(
                contract.id(),
                "Example 24x7",
                calendar,
                Set.of(TicketStatus.WAITING_ON_CUSTOMER),
                null,
                null,
                "EUR",
                null,
                null,
                30,
                targets(),
                null));
        platformId = platform.id();
        // WX-1: answered in 30 min, resolved after 5 h — both met.
        ticket("WX-1", "2026-04-06T09:00:00Z", "IN_PROGRESS 2026-04-06T09:30:00Z", "RESOLVED 2026-04-06T14:00:00Z");
        // WX-2: answered after 2 h (response breached), resolved after 6 h (met).
        ticket("WX-2", "2026-04-20T09:00:00Z", "IN_PROGRESS 2026-04-20T11:00:00Z", "RESOLVED 2026-04-20T15:00:00Z");
        // WX-3: answered in 45 min, resolved after 24 h (resolution breached).
        ticket("WX-3", "2026-05-04T09:00:00Z", "IN_PROGRESS 2026-05-04T09:45:00Z", "RESOLVED 2026-05-05T09:00:00Z");
        // WX-4: answered in 20 min, waiting on the customer since 10:20: resolution paused, undecided.
        ticket(
                "WX-4",
                "2026-05-20T09:00:00Z",
                "IN_PROGRESS 2026-05-20T09:20:00Z",
                "WAITING_ON_CUSTOMER 2026-05-20T10:20:00Z");
        // WX-5: answered in 10 min, waiting on the customer since 09:40.
        ticket(
                "WX-5",
                "2026-06-10T09:00:00Z",
                "IN_PROGRESS 2026-06-10T09:10:00Z",
                "WAITING_ON_CUSTOMER 2026-06-10T09:40:00Z");
        // WX-6: opened in Q1, waiting on the customer until it was resolved on 2 July.
        ticket(
                "WX-6",
                "2026-03-25T09:00:00Z",
                "IN_PROGRESS 2026-03-25T09:15:00Z",
                "WAITING_ON_CUSTOMER 2026-03-25T10:00:00Z",
                "RESOLVED 2026-07-02T10:00:00Z");
        // WX-7: resolved on 1 April after 3 h, reopened on 5 July and resolved again 2 h later (5 h in all).
        ticket(
                "WX-7",
                "2026-04-01T09:00:00Z",
                "IN_PROGRESS 2026-04-01T09:30:00Z",
                "RESOLVED 2026-04-01T12:00:00Z",
                "IN_PROGRESS 2026-07-05T08:00:00Z",
                "RESOLVED 2026-07-05T10:00:00Z");
    }

    /** The policy's defaults round the clock, with P2 at 60 min / 8 h (the example's tickets are all P2). */
    private static Map<Severity, SeverityTarget> targets() {
        Map<Severity, SeverityTarget> targets = new java.util.EnumMap<>(Severity.class);
        SlaPolicyDraft.standardTargets()
                .forEach((s, t) -> targets.put(
                        s,
                        new SeverityTarget(
                                t.name(), t.responseMinutes(), t.resolutionMinutes(), true, t.breachCreditPercent())));
        targets.put(Severity.P2, new SeverityTarget("High", 60, 8 * 60, true, null));
        return targets;
    }

    private void ticket(String caseId, String opened, String... changes) {
        TicketView ticket = tickets.record(new TicketDraft(
                        platformId,
                        caseId,
                        Severity.P2,
                        TicketCategory.DEFECT,
                        "Worked example " + caseId,
                        Instant.parse(opened),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .ticket();
        for (String change : changes) {
            String[] parts = change.split(" ");
            ticket = tickets.changeStatus(
                    ticket.id(), TicketStatus.valueOf(parts[0]), Instant.parse(parts[1]), ticket.version());
        }
    }

    private DerivedValue value(String code, LocalDate from, LocalDate to) {
        return metrics.values(code, List.of(platformId), from, to).get(platformId);
    }

    @Test
    void response_compliance_counts_the_decided_clocks_of_the_tickets_opened_in_the_quarter() {
        DerivedValue response = value(SupportMetrics.RESPONSE, Q2_FROM, Q2_TO);
        // WX-1, 3, 4, 5, 7 met, WX-2 breached (WX-6 was opened in Q1): 5 / 6.
        assertThat(response.value()).isEqualByComparingTo("83.3");
        Evidence drill = response.evidence().getFirst();
        assertThat(drill.detail()).isEqualTo("5 of 6 decided response clocks met");
        assertThat(drill.route()).isEqualTo("support");
        assertThat(TicketFilter.fromQuery(drill.query().entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())))))
                .isEqualTo(new TicketFilter(
                        null, Set.of(platformId), null, YearMonth.of(2026, 4), YearMonth.of(2026, 6), false, false));
        assertThat(response.evidence())
                .extracting(Evidence::label)
                .containsExactly("SLA Worked Example · 2026-Q2", "WX-2 · Worked example WX-2");
        assertThat(response.evidence().get(1).detail()).isEqualTo("response breached: 120 of 60 working minutes");
        assertThat(response.evidence().get(1).query()).containsOnlyKeys("ticket");
    }

    @Test
    void resolution_compliance_leaves_out_clocks_still_running() {
        DerivedValue resolution = value(SupportMetrics.RESOLUTION, Q2_FROM, Q2_TO);
        // WX-1, 2, 7 met, WX-3 breached; WX-4 and WX-5 are paused, not decided: 3 / 4.
        assertThat(resolution.value()).isEqualByComparingTo("75.0");
        assertThat(resolution.evidence())
                .extracting(Evidence::label)
                .containsExactly("SLA Worked Example · 2026-Q2", "WX-3 · Worked example WX-3");
    }

    @Test
    void aged_backlog_counts_tickets_open_over_30_days_at_the_quarters_end() {
        DerivedValue backlog = value(SupportMetrics.AGED_BACKLOG, Q2_FROM, Q2_TO);
        // Open at the end of 30 June: WX-4 (41 days), WX-5 (20 days), WX-6 (97 days); WX-7 was resolved then.
        assertThat(backlog.value()).isEqualByComparingTo("2");
        assertThat(backlog.evidence())
                .extracting(Evidence::label)
                .containsExactly("WX-6 · Worked example WX-6", "WX-4 · Worked example WX-4");
        assertThat(backlog.evidence().getFirst().detail()).isEqualTo("P2, open 97 days on 2026-07-01");
    }

    @Test
    void a_platform_without_tickets_has_no_data() {
        LocalDate q4From = LocalDate.of(2025, 10, 1);
        LocalDate q4To = LocalDate.of(2025, 12, 31);
        assertThat(metrics.values(SupportMetrics.RESPONSE, List.of(platformId), q4From, q4To))
                .isEmpty();
        assertThat(metrics.values(SupportMetrics.AGED_BACKLOG, List.of(platformId), q4From, q4To))
                .isEmpty();
        // Q3 opened no ticket, so no compliance, but WX-4 and WX-5 were still open at its end: a backlog of two.
        LocalDate q3From = LocalDate.of(2026, 7, 1);
        LocalDate q3To = LocalDate.of(2026, 9, 30);
        assertThat(metrics.values(SupportMetrics.RESOLUTION, List.of(platformId), q3From, q3To))
                .isEmpty();
        assertThat(value(SupportMetrics.AGED_BACKLOG, q3From, q3To).value()).isEqualByComparingTo("2");
    }

    @Test
    void the_experience_module_finds_the_three_support_metrics() {
        assertThat(metrics.metricCodes())
                .containsExactlyInAnyOrder("px.sla-response", "px.sla-resolution", "px.aged-backlog");
    }
}

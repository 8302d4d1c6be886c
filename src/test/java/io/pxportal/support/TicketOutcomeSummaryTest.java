package io.pxportal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.exchange.ImportRejectedException;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.domain.ConcurrentEditException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outcome summary that compliance reads ({@link TicketOutcomeSummary}) against a recount of the tickets
 * themselves: seeded random sequences of every kind of write — tickets created, edited, moved, deleted, refused as
 * stale; policies and calendars changed (targets, hours, the zone that decides a ticket's month) with and without
 * re-timing closed months; the nightly re-timing; bulk imports of new and changed tickets, one refused and one
 * rolled back after it wrote — and after each step the summary equals a group-by of {@code vendor_ticket}.
 * A failing seed and step are named in the assertion.
 */
@PortalIntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class TicketOutcomeSummaryTest {

    private static final String[] ZONES = {"America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"};
    private static final TicketStatus[] STATUSES = TicketStatus.values();

    @Autowired
    VendorService vendors;

    @Autowired
    PlatformService platforms;

    @Autowired
    ContractService contracts;

    @Autowired
    BusinessCalendarService calendars;

    @Autowired
    SlaPolicyService policies;

    @Autowired
    TicketService tickets;

    @Autowired
    TicketBulkImport bulk;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ComplianceService compliance;

    /** One platform of the run: with a policy on a calendar of its own, or (the last) without any policy. */
    private record Platform(Long id, Long policyId, Long calendarId) {}

    @Test
    void the_summary_equals_a_recount_of_the_tickets_after_every_kind_of_write() {
        for (long seed : new long[] {7, 1_2026, 424_242}) {
            run(seed, 120);
        }
    }

    @Test
    void compliance_reads_the_summary_and_counts_each_decided_clock_once() {
        List<Platform> fixture = fixture("SUMC");
        Platform p = fixture.getFirst();
        Instant opened = Instant.parse("2026-03-03T15:00:00Z");
        tickets.record(new TicketDraft(
                p.id(),
                "SUMC-1",
                Severity.P3,
                null,
                "Met twice",
                opened,
                TicketStatus.RESOLVED,
                opened.plus(Duration.ofHours(2)),
                opened.plus(Duration.ofMinutes(30)),
                opened.plus(Duration.ofHours(2)),
                null,
                null));
        tickets.record(new TicketDraft(
                p.id(),
                "SUMC-2",
                Severity.P3,
                null,
                "Resolution breached",
                opened,
                TicketStatus.RESOLVED,
                opened.plus(Duration.ofDays(60)),
                opened.plus(Duration.ofMinutes(30)),
                opened.plus(Duration.ofDays(60)),
                null,
                null));
        ComplianceRow row =
                compliance
                        .compliance(YearMonth.of(2026, 3), YearMonth.of(2026, 3), ComplianceDimension.PLATFORM)
                        .stream()
                        .filter(r -> r.key().equals(String.valueOf(p.id())))
                        .findFirst()
                        .orElseThrow();
        assertThat(new long[] {row.responseMet(), row.responseBreached(), row.resolutionMet(), row.resolutionBreached()
                })
                .containsExactly(2, 0, 1, 1);

        TicketView gone = tickets.page(
                        new TicketFilter("SUMC-2", null, null, null, null, false, false),
                        org.springframework.data.domain.PageRequest.of(0, 1))
                .getFirst();
        tickets.delete(gone.id(), gone.version());
        ComplianceRow after =
                compliance
                        .compliance(YearMonth.of(2026, 3), YearMonth.of(2026, 3), ComplianceDimension.PLATFORM)
                        .stream()
                        .filter(r -> r.key().equals(String.valueOf(p.id())))
                        .findFirst()
                        .orElseThrow();
        assertThat(new long[] {after.responseMet(), after.resolutionMet(), after.resolutionBreached()})
                .containsExactly(1, 1, 0);
    }

    private void run(long seed, int steps) {
        Random random = new Random(seed);
        List<Platform> fixture = fixture("SUM" + seed);
        List<String> cases = new ArrayList<>();
        assertMatches(seed, -1, "start");
        for (int step = 0; step < steps; step++) {
            int kind = random.nextInt(100);
            String op;
            if (kind < 25 || cases.isEmpty()) {
                String caseId = "S" + seed + "-" + cases.size();
                cases.add(caseId);
                tickets.record(draft(
                        random, fixture.get(random.nextInt(fixture.size())).id(), caseId));
                op = "create " + caseId;
            } else if (kind < 40) {
                String caseId = cases.get(random.nextInt(cases.size()));
                Object[] stored = stored(caseId);
                op = "edit " + caseId;
                if (stored != null) {
                    TicketDraft d = draft(random, (Long) stored[2], caseId);
                    tickets.record(new TicketDraft(
                            d.platformId(),
                            caseId,
                            d.severity(),
                            d.category(),
                            d.title(),
                            (Instant) stored[3],
                            d.status(),
                            later((Instant) stored[3], d.statusSince()),
                            later((Instant) stored[3], d.firstResponseAt()),
                            later((Instant) stored[3], d.resolvedAt()),
                            null,
                            (Long) stored[1]));
                }
            } else if (kind < 55) {
                String caseId = cases.get(random.nextInt(cases.size()));
                Object[] stored = stored(caseId);
                op = "status " + caseId;
                if (stored != null) {
                    tickets.changeStatus(
                            (Long) stored[0],
                            STATUSES[random.nextInt(STATUSES.length)],
                            ((Instant) stored[3]).plus(Duration.ofHours(1 + random.nextInt(400))),
                            (Long) stored[1]);
                }
            } else if (kind < 62) {
                String caseId = cases.get(random.nextInt(cases.size()));
                Object[] stored = stored(caseId);
                op = "delete " + caseId;
                if (stored != null) {
                    tickets.delete((Long) stored[0], (Long) stored[1]);
                }
            } else if (kind < 66) {
                String caseId = cases.get(random.nextInt(cases.size()));
                Object[] stored = stored(caseId);
                op = "stale " + caseId;
                if (stored != null) {
                    assertThatThrownBy(() -> tickets.changeStatus(
                                    (Long) stored[0],
                                    TicketStatus.RESOLVED,
                                    ((Instant) stored[3]).plus(Duration.ofHours(2)),
                                    (Long) stored[1] + 7))
                            .isInstanceOf(ConcurrentEditException.class);
                }
            } else if (kind < 73) {
                Platform p = fixture.get(random.nextInt(fixture.size() - 1));
                SlaPolicyView policy = policies.get(p.policyId());
                Map<Severity, SeverityTarget> targets =
                        new EnumMap<>(policy.draft().targets());
                Severity s = Severity.values()[random.nextInt(4)];
                targets.put(
                        s,
                        new SeverityTarget(
                                s.name(),
                                15 + random.nextInt(600),
                                60 + random.nextInt(6000),
                                random.nextBoolean(),
                                null));
                SlaPolicyDraft d = policy.draft();
                YearMonth from = random.nextBoolean() ? null : YearMonth.of(2026, 1 + random.nextInt(11));
                policies.update(
                        p.policyId(),
                        new SlaPolicyDraft(
                                d.contractId(),
                                d.name(),
                                d.calendarId(),
                                d.pausingStatuses(),
                                d.uptimeTarget(),
                                d.monthlyFee(),
                                d.currency(),
                                d.creditTiers(),
                                d.creditCapPercent(),
                                d.claimWindowDays(),
                                targets,
                                d.version()),
                        from);
                op = "policy " + s + " from " + from;
            } else if (kind < 80) {
                Platform p = fixture.get(random.nextInt(fixture.size() - 1));
                BusinessCalendarDraft d = calendars.get(p.calendarId()).draft();
                String zone = ZONES[random.nextInt(ZONES.length)];
                String hours = random.nextBoolean() ? "Mon-Fri 08:00-17:00" : "Mon-Sat 10:00-14:00";
                YearMonth from = random.nextInt(3) == 0 ? null : YearMonth.of(2026, 1 + random.nextInt(11));
                calendars.update(
                        p.calendarId(),
                        new BusinessCalendarDraft(
                                d.name(),
                                zone,
                                List.of(new WorkWeek(LocalDate.of(2025, 1, 1), WorkWeekText.parse(hours))),
                                d.holidays(),
                                d.version()),
                        from);
                op = "calendar " + zone + " " + hours + " from " + from;
            } else if (kind < 84) {
                tickets.retimeOpen();
                op = "retime open";
            } else if (kind < 94) {
                List<TicketDraft> drafts = importDrafts(random, seed, fixture, cases);
                importTickets(drafts, false);
                op = "import " + drafts.size();
            } else {
                List<TicketDraft> drafts = importDrafts(random, seed, fixture, cases);
                if (random.nextBoolean()) {
                    TicketDraft first = drafts.getFirst();
                    drafts.add(new TicketDraft(
                            first.platformId(),
                            first.caseId(),
                            first.severity(),
                            first.category(),
                            first.title() + " (other)",
                            first.openedAt(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));
                    assertThatThrownBy(() -> importTickets(drafts, false)).isInstanceOf(ImportRejectedException.class);
                    op = "import refused " + drafts.size();
                } else {
                    assertThatThrownBy(() -> importTickets(drafts, true)).isInstanceOf(RolledBack.class);
                    op = "import rolled back " + drafts.size();
                }
            }
            assertMatches(seed, step, op);
        }
    }

    /** Three platforms with a policy each on its own calendar, and one without a policy. */
    private List<Platform> fixture(String tag) {
        List<Platform> fixture = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ContractView contract =
                    NewYorkContracts.create(vendors, platforms, contracts, tag + "-" + i, "SUM-" + tag + "-" + i);
            Long platformId = contract.platforms().getFirst().id();
            if (i == 3) {
                fixture.add(new Platform(platformId, null, null));
                break;
            }
            BusinessCalendarView calendar = calendars.create(new BusinessCalendarDraft(
                    "Summary " + tag + "-" + i,
                    ZONES[i],
                    List.of(new WorkWeek(LocalDate.of(2025, 1, 1), WorkWeekText.parse("Mon-Fri 09:00-17:00"))),
                    List.of(),
                    null));
            SlaPolicyView policy = policies.create(SlaPolicyDraft.defaults(
                    contract.id(), "Summary " + tag + "-" + i, calendar.id(), "USD", new BigDecimal("1000")));
            fixture.add(new Platform(platformId, policy.id(), calendar.id()));
        }
        return fixture;
    }

    /**
     * A ticket opened in 2026 — a third of them within hours of a month's turn, where a change of zone moves them
     * to the other month — with a random severity and any of: a first response, a resolution, a closing, a status.
     */
    private static TicketDraft draft(Random random, Long platformId, String caseId) {
        Instant opened;
        if (random.nextInt(3) == 0) {
            opened = YearMonth.of(2026, 2 + random.nextInt(10))
                    .atDay(1)
                    .atStartOfDay(java.time.ZoneOffset.UTC)
                    .toInstant()
                    .plus(Duration.ofHours(random.nextInt(25) - 12));
        } else {
            opened = Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofMinutes(random.nextInt(320 * 24 * 60)));
        }
        Instant responded = random.nextBoolean() ? opened.plus(Duration.ofMinutes(5 + random.nextInt(3000))) : null;
        Instant resolved = responded != null && random.nextBoolean()
                ? responded.plus(Duration.ofMinutes(5 + random.nextInt(20_000)))
                : null;
        Instant closed = resolved != null && random.nextBoolean() ? resolved.plus(Duration.ofDays(2)) : null;
        TicketStatus status = random.nextInt(4) == 0 ? STATUSES[random.nextInt(STATUSES.length)] : null;
        Instant since = status == null ? null : opened.plus(Duration.ofMinutes(1 + random.nextInt(30_000)));
        return new TicketDraft(
                platformId,
                caseId,
                Severity.values()[random.nextInt(4)],
                null,
                "Summary case " + caseId,
                opened,
                status,
                since,
                responded,
                resolved,
                closed,
                null);
    }

    private static Instant later(Instant opened, Instant at) {
        return at == null || !at.isBefore(opened) ? at : opened.plus(Duration.ofMinutes(1));
    }

    /** New tickets and changes of existing ones (their opening kept), as a vendor's export would carry them. */
    private List<TicketDraft> importDrafts(Random random, long seed, List<Platform> fixture, List<String> cases) {
        List<TicketDraft> drafts = new ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            if (random.nextBoolean() || cases.isEmpty()) {
                String caseId = "S" + seed + "-" + cases.size();
                cases.add(caseId);
                drafts.add(draft(
                        random, fixture.get(random.nextInt(fixture.size())).id(), caseId));
            } else {
                String caseId = cases.get(random.nextInt(cases.size()));
                Object[] stored = stored(caseId);
                if (stored != null && taken.add(caseId)) {
                    TicketDraft d = draft(random, (Long) stored[2], caseId);
                    Instant opened = (Instant) stored[3];
                    drafts.add(new TicketDraft(
                            d.platformId(),
                            caseId,
                            d.severity(),
                            d.category(),
                            d.title(),
                            opened,
                            d.status(),
                            later(opened, d.statusSince()),
                            later(opened, d.firstResponseAt()),
                            later(opened, d.resolvedAt()),
                            later(opened, d.closedAt()),
                            null));
                }
            }
        }
        if (drafts.isEmpty()) {
            String caseId = "S" + seed + "-" + cases.size();
            cases.add(caseId);
            drafts.add(draft(random, fixture.getFirst().id(), caseId));
        }
        return drafts;
    }

    /** The rolled-back import's failure after it wrote everything. */
    private static final class RolledBack extends RuntimeException {}

    private void importTickets(List<TicketDraft> drafts, boolean failAfterWriting) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            var staging = bulk.stage();
            for (int i = 0; i < drafts.size(); i++) {
                staging.add(i + 1, drafts.get(i));
            }
            staging.write();
            if (failAfterWriting) {
                throw new RolledBack();
            }
        });
    }

    /** Id, version, platform id and opening of the stored ticket with the case id; null when deleted. */
    private Object[] stored(String caseId) {
        List<Object[]> rows = jdbc.query(
                "select id, version, platform_id, opened_at from vendor_ticket" + " where case_id = ?",
                (rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getTimestamp(4).toInstant()
                },
                caseId);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    /** The summary as stored (rows of 0 left out) equals the tickets counted afresh by the summary's rule. */
    private void assertMatches(long seed, int step, String op) {
        Map<String, Long> summary = new TreeMap<>();
        jdbc.query(
                "select opened_month, policy_id, platform_id, severity, response_outcome, resolution_outcome,"
                        + " tickets from ticket_outcome_month where tickets <> 0",
                rs -> {
                    summary.put(
                            rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getLong(3) + "|" + rs.getString(4) + "|"
                                    + rs.getString(5) + "|" + rs.getString(6),
                            rs.getLong(7));
                });
        Map<String, Long> recount = new TreeMap<>();
        jdbc.query(
                "select opened_month, policy_id, platform_id, severity, response_outcome, resolution_outcome,"
                        + " count(*) from vendor_ticket group by opened_month, policy_id, platform_id, severity,"
                        + " response_outcome, resolution_outcome",
                rs -> {
                    String response = decided(rs.getString(5));
                    String resolution = decided(rs.getString(6));
                    if (rs.getObject(2) != null && !(response.equals("RUNNING") && resolution.equals("RUNNING"))) {
                        recount.merge(
                                rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getLong(3) + "|" + rs.getString(4)
                                        + "|" + response + "|" + resolution,
                                rs.getLong(7),
                                Long::sum);
                    }
                });
        java.util.Set<String> keys = new java.util.TreeSet<>(summary.keySet());
        keys.addAll(recount.keySet());
        List<String> differences = keys.stream()
                .filter(k -> !java.util.Objects.equals(summary.get(k), recount.get(k)))
                .map(k -> k + ": summary " + summary.get(k) + ", tickets " + recount.get(k))
                .toList();
        assertThat(differences).as("seed %d, step %d: %s", seed, step, op).isEmpty();
        assertThat(summary).isNotEmpty();
    }

    private static String decided(String outcome) {
        return "MET".equals(outcome) || "BREACHED".equals(outcome) ? outcome : "RUNNING";
    }
}

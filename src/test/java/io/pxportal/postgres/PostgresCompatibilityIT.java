package io.pxportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pxportal.EmbeddedPostgresServer;
import io.pxportal.TestLogins;
import io.pxportal.governance.AuditLogService;
import io.pxportal.identity.ApiTokenDraft;
import io.pxportal.identity.ApiTokenScope;
import io.pxportal.identity.ApiTokenService;
import io.pxportal.identity.NewApiToken;
import io.pxportal.licensing.EntitlementFilter;
import io.pxportal.licensing.EntitlementService;
import io.pxportal.licensing.EntitlementView;
import io.pxportal.licensing.LicenceMetric;
import io.pxportal.licensing.LicencePosition;
import io.pxportal.portfolio.Deployment;
import io.pxportal.portfolio.Lifecycle;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorDetails;
import io.pxportal.portfolio.VendorDraft;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditLogEntry;
import io.pxportal.shared.audit.AuditLogFilter;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The whole Flyway migration set and the portfolio and licensing queries on a real PostgreSQL server (embedded binaries
 * from Maven Central), not only on H2: the demo data loads through the services, then the paged, filtered and
 * sorted queries and the audit history run against it. Runs under failsafe in a JVM of its own: two Spring
 * contexts with Vaadin security in one JVM share the static security-context strategy.
 */
@SpringBootTest
@ActiveProfiles("demo")
class PostgresCompatibilityIT {

    static final EmbeddedPostgres POSTGRES = EmbeddedPostgresServer.start();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("px.demo.password", () -> "demo");
    }

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformService platforms;

    @Autowired
    VendorService vendors;

    @Autowired
    ApiTokenService apiTokens;

    @Autowired
    WebApplicationContext context;

    @Autowired
    EntitlementService entitlements;

    @Autowired
    AuditLogService auditLog;

    @Autowired
    io.pxportal.roadmap.RoadmapScoreService roadmapScores;

    @Autowired
    Flyway flyway;

    @Test
    void the_server_is_at_least_the_version_the_deployment_guide_asks_for() throws IOException {
        int major = new JdbcTemplate(dataSource).queryForObject("show server_version_num", Integer.class) / 10_000;
        assertThat(major).isGreaterThanOrEqualTo(PostgresVersionDocTest.documentedMinimum());
    }

    @Test
    void every_migration_applies_on_postgresql() {
        // The portal's own Flyway: the scripts and the Java steps the modules contribute (pooled id sequences).
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.getState().isApplied()).isTrue())
                .anySatisfy(m -> assertThat(m.getDescription()).isEqualTo("pooled id sequences for platform"));
        assertThat(new JdbcTemplate(dataSource).queryForObject("select version()", String.class))
                .startsWith("PostgreSQL");
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void portfolio_queries_filter_sort_and_page_on_postgresql() {
        List<PlatformDetails> mine = platforms.page(
                new PlatformFilter(null, null, null, null, true),
                PageRequest.of(0, 10, Sort.by("vendor.name", "name")));
        assertThat(mine)
                .extracting(PlatformDetails::name)
                .containsExactly("Messagepoint Content Hub", "Exstream Statements", "OpenText Communications Cloud");
        assertThat(mine).allSatisfy(p -> assertThat(p.editable()).isTrue());

        assertThat(platforms.count(
                        new PlatformFilter("insp", null, Deployment.PRIVATE_CLOUD, Lifecycle.SUSTAIN, false)))
                .isEqualTo(1);
        assertThat(platforms.count(new PlatformFilter("100%_", null, null, null, false)))
                .isZero();
        assertThat(platforms.summary().total()).isEqualTo(5);
        assertThat(vendors.page("", PageRequest.of(1, 2, Sort.by("name")))).hasSize(2);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void audit_history_reads_back_on_postgresql() {
        VendorDetails created =
                vendors.create(new VendorDraft("Postgres Vendor", "SE", null, null, null, List.of(), null));
        vendors.update(
                created.id(), new VendorDraft("Postgres Vendor", "NO", null, null, null, List.of(), created.version()));

        assertThat(vendors.history(created.id())).first().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(AuditEntry.Kind.UPDATED);
            assertThat(e.changes()).containsExactly(new AuditEntry.FieldChange("vendor.country", "SE", "NO"));
        });
        assertThat(auditLog.page(new AuditLogFilter("ADMIN", "Vendor", created.id(), null, null), PageRequest.of(0, 5)))
                .extracting(AuditLogEntry::action)
                .containsExactly("UPDATED", "CREATED");
        List<AuditLogEntry> newest = auditLog.page(AuditLogFilter.all(), PageRequest.of(1, 5));
        assertThat(newest).hasSize(5);
        assertThat(auditLog.count(AuditLogFilter.all())).isGreaterThan(10);
    }

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void licence_positions_and_their_history_read_back_on_postgresql() {
        List<EntitlementView> volumes = entitlements.page(
                new EntitlementFilter(null, null, LicenceMetric.DOCUMENTS_PER_YEAR, null),
                null,
                PageRequest.of(0, 10, Sort.by("product")));

        assertThat(volumes)
                .extracting(e -> e.draft().product())
                .containsExactly("Communications documents", "Exstream Engine documents");
        assertThat(volumes.getLast().position().status()).isEqualTo(LicencePosition.Status.FORECAST_SHORTFALL);
        assertThat(entitlements.history(volumes.getLast().id()))
                .extracting(AuditEntry::kind)
                .contains(AuditEntry.Kind.CREATED);
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void roadmap_fit_reads_weight_sets_and_status_histories_on_postgresql() {
        var now = roadmapScores.currentQuarter();
        var heatmap = roadmapScores.heatmap(now);

        assertThat(heatmap.weights())
                .as("the weight set in force, by its quarter as text")
                .isNotNull();
        assertThat(roadmapScores.heatmap(now.plus(-1)).weights().effectiveQuarter())
                .isEqualTo(now.plus(-1));
        assertThat(heatmap.rows())
                .hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(r -> assertThat(r.fit().score()).isNotNull());
        assertThat(roadmapScores.gaps(now)).isNotEmpty();
    }

    @Test
    void an_api_token_is_found_by_its_hash_and_its_use_recorded_on_postgresql() throws Exception {
        NewApiToken token = TestLogins.as(
                "olena", () -> apiTokens.create(new ApiTokenDraft("Postgres script", ApiTokenScope.READ, 1)));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();

        mvc.perform(get("/api/v1/platforms")
                        .param("mine", "true")
                        .param("sort", "vendor")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3));

        assertThat(new JdbcTemplate(dataSource)
                        .queryForObject(
                                "select last_used_at is not null from api_token where id = ?",
                                Boolean.class,
                                token.token().id()))
                .isTrue();
        assertThat(new JdbcTemplate(dataSource)
                        .queryForObject(
                                "select count(*) from security_event where kind = 'API_TOKEN_USED' and username = 'olena'",
                                Integer.class))
                .isEqualTo(1);
    }

    @Autowired
    io.pxportal.exchange.DirectImport imports;

    private io.pxportal.exchange.ImportOutcome importUsage(String csv) {
        return imports.importNow(
                "usage",
                "usage.csv",
                new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                io.pxportal.exchange.ImportOptions.defaults());
    }

    /** The PostgreSQL variant of the bulk usage import: COPY into staging, INSERT … ON CONFLICT with audit rows. */
    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void usage_imports_stream_through_copy_and_merge_by_natural_key_on_postgresql() {
        io.pxportal.shared.security.SystemAuthentication.runAs(
                "test",
                () -> imports.importNow(
                        "entitlements",
                        "lines.csv",
                        new java.io.ByteArrayInputStream(("contract,platform,product,metric,quantity\n"
                                        + "QD-MSLA-2021,Inspire Correspondence,PG bulk seats,Named users,500\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        io.pxportal.exchange.ImportOptions.defaults()));
        StringBuilder report = new StringBuilder("platform;metric;product;environment;from;quantity\n");
        java.time.LocalDate first = java.time.LocalDate.of(2019, 1, 1);
        for (int i = 0; i < 3_000; i++) {
            report.append("Inspire Correspondence;Named users;PG bulk seats;")
                    .append(i % 2 == 0 ? "Production" : "Test")
                    .append(';')
                    .append(first.plusDays(i / 2))
                    .append(';')
                    .append(i % 70)
                    .append('\n');
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String audited = "select count(*) from usage_measurement_aud a join revinfo r on r.id = a.rev"
                + " where a.environment = 'PRODUCTION' and r.username = 'marc' and a.revtype = ?";

        assertThat(importUsage(report.toString())).isEqualTo(new io.pxportal.exchange.ImportOutcome(3_000, 0, 0));
        long revisions = jdbc.queryForObject("select count(*) from revinfo", Long.class);
        assertThat(importUsage(report.toString())).isEqualTo(new io.pxportal.exchange.ImportOutcome(0, 0, 3_000));
        assertThat(jdbc.queryForObject("select count(*) from revinfo", Long.class))
                .isEqualTo(revisions);

        String corrected = report.toString().replace(first.plusDays(5) + ";10\n", first.plusDays(5) + ";11\n");
        assertThat(importUsage(corrected)).isEqualTo(new io.pxportal.exchange.ImportOutcome(0, 1, 2_999));
        assertThat(jdbc.queryForObject(audited, Long.class, 1)).isOne();
        assertThat(jdbc.queryForObject(
                        "select m.quantity from usage_measurement m join entitlement e"
                                + " on e.id = m.entitlement_id where e.product = 'PG bulk seats' and m.environment = 'PRODUCTION'"
                                + " and m.measured_from = ?",
                        java.math.BigDecimal.class,
                        first.plusDays(5)))
                .isEqualByComparingTo("11");

        // A key repeated in the file fails the merge; the rows are found and nothing stays written.
        String repeated = corrected.replace(first.plusDays(5) + ";11\n", first.plusDays(5) + ";12\n")
                + "Inspire Correspondence;Named users;PG bulk seats;Production;" + first + ";99\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importUsage(repeated))
                .isInstanceOfSatisfying(
                        io.pxportal.exchange.ImportRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(
                                        io.pxportal.exchange.RowError::row, io.pxportal.exchange.RowError::messageKey)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(3_002L, "import.value.duplicate-key")));
        assertThat(jdbc.queryForObject(audited, Long.class, 1)).isOne();

        // An invalid row anywhere: nothing written, every error reported.
        String invalid = repeated.replace(first.plusDays(7) + ";14\n", first.plusDays(7) + ";-1\n")
                .replace("Production;" + first + ";99\n", "Produktion;" + first + ";99\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importUsage(invalid))
                .isInstanceOfSatisfying(
                        io.pxportal.exchange.ImportRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(io.pxportal.exchange.RowError::row)
                                .containsExactly(16L, 3_002L));
        assertThat(jdbc.queryForObject(
                        "select count(*) from usage_measurement m join entitlement e"
                                + " on e.id = m.entitlement_id where e.product = 'PG bulk seats'",
                        Long.class))
                .isEqualTo(3_000);

        String foreign = "platform,metric,environment,from,to,quantity\n"
                + "Exstream Statements,Documents per year,Production,2020-01-01,2020-01-31,1000\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importUsage(foreign))
                .isInstanceOfSatisfying(
                        io.pxportal.exchange.ImportRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(io.pxportal.exchange.RowError::messageKey)
                                .containsExactly("import.value.not-your-platform"));
    }

    /**
     * The PostgreSQL variant of the set-based ticket import: COPY into staging, re-timing chunk by chunk with the
     * stored tickets and histories fetched by key, set-based writes with audit rows; a re-import changes nothing.
     */
    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void ticket_imports_stage_retime_and_write_set_based_on_postgresql() {
        String pilot = "SmartCOMM Onboarding Pilot"; // its policy: America/New_York, 9–17 on weekdays, P2 in 24 h
        String export = "Number,Priority,Short description,Configuration item,Opened,State,Updated,Responded,Resolved\n"
                + "PG-1,2 - High,Batch fails," + pilot + ",2026-03-06 16:00,Resolved,2026-03-12 10:00,"
                + "2026-03-06 16:30,2026-03-12 10:00\n"
                + "PG-2,2 - High,How to count," + pilot + ",2026-03-09 10:00,Awaiting Customer,2026-03-09 12:00,,\n";
        java.util.function.Function<String, io.pxportal.exchange.ImportOutcome> importTickets =
                csv -> imports.importNow(
                        "tickets",
                        "export.csv",
                        new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        io.pxportal.exchange.ImportOptions.defaults());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        assertThat(importTickets.apply(export)).isEqualTo(new io.pxportal.exchange.ImportOutcome(2, 0, 0));
        long revisions = jdbc.queryForObject("select count(*) from revinfo", Long.class);
        assertThat(importTickets.apply(export)).isEqualTo(new io.pxportal.exchange.ImportOutcome(0, 0, 2));
        assertThat(jdbc.queryForObject("select count(*) from revinfo", Long.class))
                .isEqualTo(revisions);

        String newer = export.replace("How to count,", "How to count test documents,")
                .replace("Awaiting Customer,2026-03-09 12:00", "Work in Progress,2026-03-11 10:00");
        assertThat(importTickets.apply(newer)).isEqualTo(new io.pxportal.exchange.ImportOutcome(0, 1, 1));

        // Fri 16–17, Mon–Wed 8 h each, Thu 9–10 in New York: 26 working hours against 24, across the DST change.
        assertThat(jdbc.queryForList("select response_outcome, resolution_outcome, resolution_minutes"
                        + " from vendor_ticket where case_id = 'PG-1'"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("response_outcome")).isEqualTo("MET");
                    assertThat(row.get("resolution_outcome")).isEqualTo("BREACHED");
                    assertThat(((Number) row.get("resolution_minutes")).intValue())
                            .isEqualTo(26 * 60);
                });
        assertThat(jdbc.queryForList(
                        "select c.status from ticket_status_change c join vendor_ticket t"
                                + " on t.id = c.ticket_id where t.case_id = 'PG-2' order by c.changed_at",
                        String.class))
                .containsExactly("WAITING_ON_CUSTOMER", "IN_PROGRESS");
        assertThat(jdbc.queryForList(
                        "select a.title || '|' || a.revtype || '|' || r.username from vendor_ticket_aud a"
                                + " join revinfo r on r.id = a.rev join vendor_ticket t on t.id = a.id where t.case_id = 'PG-2'"
                                + " order by a.rev",
                        String.class))
                .containsExactly("How to count|0|admin", "How to count test documents|1|admin");
        // The import's set-based step of the outcome summary (PostgreSQL's upsert), created and changed tickets.
        assertThat(outcomeSummary(jdbc)).isEqualTo(outcomeRecount(jdbc));
    }

    @Autowired
    io.pxportal.support.TicketService tickets;

    /**
     * The outcome summary under concurrent writers on PostgreSQL: eight at once record tickets that all count under
     * one key, then reopen and delete some; no increment is lost, nobody deadlocks, and the summary equals a recount
     * of the tickets.
     */
    @Test
    void concurrent_ticket_writes_keep_the_outcome_summary_exact_on_postgresql() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Long pilot =
                jdbc.queryForObject("select id from platform where name = 'SmartCOMM Onboarding Pilot'", Long.class);
        java.time.Instant opened = java.time.Instant.parse("2025-02-03T15:00:00Z");
        String metTwice = "select coalesce(sum(tickets), 0) from ticket_outcome_month where opened_month = '2025-02'"
                + " and platform_id = ? and severity = 'P3' and response_outcome = 'MET' and resolution_outcome = 'MET'";
        long before = jdbc.queryForObject(metTwice, Long.class, pilot);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Object>> done = new java.util.ArrayList<>();
        try {
            for (int w = 0; w < 8; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 5; i++) {
                        String caseId = "CONC-" + writer + "-" + i;
                        var recorded = TestLogins.as(
                                "admin",
                                () -> tickets.record(new io.pxportal.support.TicketDraft(
                                                pilot,
                                                caseId,
                                                io.pxportal.support.Severity.P3,
                                                null,
                                                "Concurrent " + caseId,
                                                opened,
                                                io.pxportal.support.TicketStatus.RESOLVED,
                                                opened.plusSeconds(3600),
                                                opened.plusSeconds(600),
                                                opened.plusSeconds(3600),
                                                null,
                                                null))
                                        .ticket(),
                                io.pxportal.shared.security.Role.ADMIN);
                        if (i % 2 == 0) {
                            TestLogins.as(
                                    "admin",
                                    () -> tickets.changeStatus(
                                            recorded.id(),
                                            io.pxportal.support.TicketStatus.IN_PROGRESS,
                                            opened.plusSeconds(30 * 86400),
                                            recorded.version()),
                                    io.pxportal.shared.security.Role.ADMIN);
                        }
                        if (i == 4) {
                            TestLogins.as(
                                    "admin",
                                    () -> {
                                        var current = tickets.get(recorded.id());
                                        tickets.delete(current.id(), current.version());
                                        return null;
                                    },
                                    io.pxportal.shared.security.Role.ADMIN);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var f : done) {
                f.get(5, java.util.concurrent.TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        // 8 × 5 recorded with both clocks met; of each writer's five, three reopened (resolution met no more), one
        // of those deleted: two per writer still count as met twice.
        assertThat(jdbc.queryForObject(metTwice, Long.class, pilot)).isEqualTo(before + 16);
        assertThat(outcomeSummary(jdbc)).isEqualTo(outcomeRecount(jdbc));
    }

    /** The outcome summary as stored, rows of 0 left out: key → tickets. */
    static java.util.Map<String, Long> outcomeSummary(JdbcTemplate jdbc) {
        java.util.Map<String, Long> summary = new java.util.TreeMap<>();
        jdbc.query(
                "select opened_month, policy_id, platform_id, severity, response_outcome, resolution_outcome,"
                        + " tickets from ticket_outcome_month where tickets <> 0",
                rs -> {
                    summary.put(
                            rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getLong(3) + "|" + rs.getString(4) + "|"
                                    + rs.getString(5) + "|" + rs.getString(6),
                            rs.getLong(7));
                });
        return summary;
    }

    /** The tickets counted afresh by the summary's rule (a policy and at least one decided clock). */
    static java.util.Map<String, Long> outcomeRecount(JdbcTemplate jdbc) {
        java.util.Map<String, Long> recount = new java.util.TreeMap<>();
        java.util.function.Function<String, String> decided =
                o -> "MET".equals(o) || "BREACHED".equals(o) ? o : "RUNNING";
        jdbc.query(
                "select opened_month, policy_id, platform_id, severity, response_outcome, resolution_outcome,"
                        + " count(*) from vendor_ticket where policy_id is not null group by opened_month, policy_id,"
                        + " platform_id, severity, response_outcome, resolution_outcome",
                rs -> {
                    String response = decided.apply(rs.getString(5));
                    String resolution = decided.apply(rs.getString(6));
                    if (!(response.equals("RUNNING") && resolution.equals("RUNNING"))) {
                        recount.merge(
                                rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getLong(3) + "|" + rs.getString(4)
                                        + "|" + response + "|" + resolution,
                                rs.getLong(7),
                                Long::sum);
                    }
                });
        return recount;
    }

    @Autowired
    io.pxportal.finance.FinanceReportService financeReports;

    @Autowired
    io.pxportal.finance.ForecastService forecasts;

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void finance_figures_group_the_cost_lines_on_postgresql() {
        var figures = financeReports.budgetVsActual(
                financeReports.currentFiscalYear(), io.pxportal.finance.FinanceDimension.PLATFORM);

        assertThat(figures.rows()).anySatisfy(r -> assertThat(r.overBudget()).isTrue());
        assertThat(figures.gaps())
                .extracting(io.pxportal.finance.RateGap::currency)
                .contains("USD");
        assertThat(forecasts.forecast(5, null).years()).hasSize(5);
    }

    @Autowired
    io.pxportal.finance.CostLineService costLines;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    /**
     * The monthly sums the figures read (cost_line_month) follow every write on PostgreSQL: the back-fill and the
     * demo data, an edit that moves a line to another month, kind and currency, concurrent writers of the same two
     * groups in opposite orders (atomic increments: none lost, no deadlock), and deletions (the emptied groups go).
     */
    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void the_monthly_sums_follow_every_cost_line_write_on_postgresql() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Long platform = jdbc.queryForObject("select min(id) from platform", Long.class);
        assertThat(summaryDifferences(jdbc)).isZero();

        var line = costLines.create(
                costLine("PG-SUM-0", platform, io.pxportal.finance.CostKind.ACTUAL, "EUR", "100.00", 1, null));
        costLines.update(
                line.id(),
                costLine(
                        "PG-SUM-0",
                        platform,
                        io.pxportal.finance.CostKind.COMMITTED,
                        "USD",
                        "40.50",
                        2,
                        line.draft().version()));
        assertThat(summaryDifferences(jdbc)).isZero();

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Object>> writers = new java.util.ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(pool.submit(() -> TestLogins.as(
                        "finance",
                        () -> {
                            for (int n = 0; n < 10; n++) {
                                int round = n;
                                transactions.executeWithoutResult(tx -> {
                                    for (int k = 0; k < 2; k++) {
                                        String currency = (k + writer) % 2 == 0 ? "EUR" : "GBP";
                                        costLines.create(costLine(
                                                "PG-SUM-" + writer + "-" + round + "-" + k,
                                                platform,
                                                io.pxportal.finance.CostKind.ACTUAL,
                                                currency,
                                                "10.01",
                                                3,
                                                null));
                                    }
                                });
                            }
                            return null;
                        },
                        io.pxportal.shared.security.Role.FINANCE)));
            }
            for (var writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(summaryDifferences(jdbc)).isZero();
        assertThat(jdbc.queryForObject(
                        "select sum(line_count) from cost_line_month where period_month = ?",
                        Long.class,
                        java.time.LocalDate.of(2039, 3, 1)))
                .isEqualTo(80);

        for (Long id : jdbc.queryForList("select id from cost_line where reference like 'PG-SUM-%'", Long.class)) {
            costLines.delete(id, costLines.get(id).draft().version());
        }
        assertThat(summaryDifferences(jdbc)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from cost_line_month where period_month >= ?",
                        Long.class,
                        java.time.LocalDate.of(2039, 1, 1)))
                .isZero();
    }

    private static io.pxportal.finance.CostLineDraft costLine(
            String reference,
            Long platform,
            io.pxportal.finance.CostKind kind,
            String currency,
            String amount,
            int month,
            Long version) {
        return new io.pxportal.finance.CostLineDraft(
                reference,
                platform,
                null,
                null,
                io.pxportal.finance.CostCategory.LICENCE,
                kind,
                java.time.YearMonth.of(2039, month),
                new java.math.BigDecimal(amount),
                currency,
                null,
                version);
    }

    /** Groups whose summary row differs from the lines grouped, or has no lines, or is missing. */
    private static long summaryDifferences(JdbcTemplate jdbc) {
        return jdbc.queryForObject("""
                select count(*) from (
                    select period_month, platform_id, vendor_id, category, kind, currency, sum(amount) as amount,
                           count(*) as line_count
                    from cost_line group by period_month, platform_id, vendor_id, category, kind, currency) l
                full join cost_line_month m
                    using (period_month, platform_id, vendor_id, category, kind, currency)
                where l.amount is distinct from m.amount or l.line_count is distinct from m.line_count
                """, Long.class);
    }

    @Autowired
    io.pxportal.support.ComplianceService compliance;

    @Autowired
    io.pxportal.support.ScorecardService scorecards;

    @Autowired
    List<io.pxportal.shared.agenda.AgendaSource> agenda;

    @Autowired
    List<io.pxportal.shared.metric.DerivedMetricSource> metricSources;

    /**
     * The support figures the database now counts or groups for many platforms at once, on PostgreSQL: the backlog's
     * age bands (equal to banding the open tickets one by one), the breached tickets per platform and the first
     * breached tickets of each platform as evidence (a window function), the outages and policies of every platform
     * read once for the vendor scorecard and the review's SLA and budget sections.
     */
    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void support_figures_count_and_group_in_the_database_on_postgresql() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        java.time.Instant now = java.time.Instant.now();
        java.util.Map<String, Long> expected = new java.util.TreeMap<>();
        jdbc.query(
                "select severity, opened_at from vendor_ticket where status in"
                        + " ('OPEN', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'ON_HOLD')",
                rs -> {
                    long days = java.time.Duration.between(rs.getTimestamp(2).toInstant(), now)
                            .toDays();
                    int band = days >= 91 ? 91 : days >= 31 ? 31 : days >= 8 ? 8 : 0;
                    expected.merge(rs.getString(1) + "@" + band, 1L, Long::sum);
                });
        java.util.Map<String, Long> counted = new java.util.TreeMap<>();
        compliance
                .backlog()
                .forEach(row -> row.bySeverity().forEach((severity, n) -> {
                    if (n > 0) {
                        counted.put(severity + "@" + row.minDays(), n);
                    }
                }));
        assertThat(expected).isNotEmpty();
        assertThat(counted).isEqualTo(expected);

        java.time.YearMonth quarter =
                java.time.YearMonth.now().minusMonths((java.time.YearMonth.now().getMonthValue() - 1) % 3 + 3);
        assertThat(scorecards.quarter(quarter)).isNotEmpty();
        List<Long> platformIds = jdbc.queryForList("select id from platform", Long.class);
        java.time.LocalDate today = java.time.LocalDate.now();
        io.pxportal.shared.security.SystemAuthentication.runAs(
                "steering-agenda",
                () -> agenda.stream()
                        .filter(a -> List.of("sla", "budget", "licences", "scorecard")
                                .contains(a.section()))
                        .forEach(a -> a.items(new io.pxportal.shared.agenda.AgendaScope(
                                java.util.Set.copyOf(platformIds), today, today.plusMonths(3)))));
        var periods = List.of(
                new io.pxportal.shared.metric.MetricPeriod(
                        quarter.atDay(1), quarter.plusMonths(2).atEndOfMonth()),
                new io.pxportal.shared.metric.MetricPeriod(
                        quarter.minusMonths(3).atDay(1), quarter.minusMonths(1).atEndOfMonth()));
        long breachedEvidence = metricSources.stream()
                .mapToLong(source -> source.values(source.metricCodes(), platformIds, periods).values().stream()
                        .flatMap(byCode -> byCode.values().stream())
                        .flatMap(values -> values.values().stream())
                        .flatMap(value -> value.evidence().stream())
                        .filter(e -> "ticket".equals(e.kind()))
                        .count())
                .sum();
        assertThat(breachedEvidence).isPositive();
    }
}

package io.pxportal.bench;

import io.pxportal.TestLogins;
import io.pxportal.shared.security.Role;
import io.pxportal.support.BacklogRow;
import io.pxportal.support.ComplianceDimension;
import io.pxportal.support.ComplianceOverview;
import io.pxportal.support.ComplianceRow;
import io.pxportal.support.ComplianceService;
import io.pxportal.support.Severity;
import io.pxportal.support.SupportBenchData;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * SLA compliance for a year at 1,000,000 vendor tickets (about 5 status changes each) on PostgreSQL 17 (embedded,
 * port 5444): what the vendor support view's compliance tab asks for when it opens — {@link ComplianceService}'s
 * compliance by month and trend by severity for the last 12 months, read from the monthly outcome summary, and the
 * backlog — as a product owner, side by side with hand-written SQL of the same figures (a group-by of the same
 * summary, and the backlog), after a warm-up. Fails when the portal's figures differ from the SQL's or from a
 * group-by of the tickets themselves. Data: {@code SupportBenchData}.
 *
 * <p>Not a test (no surefire pattern matches it): {@code bash src/bench/support.sh}, see docs/benchmarks.md.
 * Knobs (system properties): {@code bench.tickets} (1000000), {@code bench.warmup} (3), {@code bench.rounds} (9),
 * {@code bench.pgPort} (5444), {@code bench.out} (target/bench).
 */
@SpringBootTest(
        properties = {
            "spring.jpa.properties.hibernate.generate_statistics=false",
            "logging.level.root=WARN",
            "logging.level.io.pxportal.bench=INFO"
        })
class ComplianceBench {

    static final int PORT = Integer.getInteger("bench.pgPort", 5444);
    static final EmbeddedPostgres POSTGRES = BenchPostgres.start(PORT);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        BenchPostgres.register(registry, POSTGRES);
    }

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    @Autowired
    ComplianceService compliance;

    private final int tickets = Integer.getInteger("bench.tickets", 1_000_000);
    private final int warmup = Integer.getInteger("bench.warmup", 3);
    private final int rounds = Integer.getInteger("bench.rounds", 9);
    private final Path out = Path.of(System.getProperty("bench.out", "target/bench"));

    @Test
    void compliance_for_a_year() throws IOException {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long loadStarted = System.nanoTime();
        long changes = SupportBenchData.load(context, tickets, Instant.now());
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        long ticketRows = Objects.requireNonNull(jdbc.queryForObject("select count(*) from vendor_ticket", Long.class));
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();

        YearMonth to = YearMonth.now();
        YearMonth from = to.minusMonths(11);
        Supplier<Map<String, long[]>> sql = () -> sql(jdbc, SUMMARY_SQL, from, to);
        Supplier<Map<String, long[]>> detailSql = () -> sql(jdbc, DETAIL_SQL, from, to);
        Supplier<List<Map<String, Object>>> backlogSql = () -> jdbc.queryForList(BACKLOG_SQL);
        Supplier<List<ComplianceRow>> byMonth =
                () -> asOwner(() -> compliance.compliance(from, to, ComplianceDimension.MONTH));
        Supplier<Map<Severity, List<ComplianceRow>>> trend = () -> asOwner(() -> compliance.trendBySeverity(from, to));
        Supplier<List<BacklogRow>> backlog = () -> asOwner(compliance::backlog);
        Supplier<List<ComplianceRow>> byVendor =
                () -> asOwner(() -> compliance.compliance(from, to, ComplianceDimension.VENDOR));

        Supplier<ComplianceOverview> overview =
                () -> asOwner(() -> compliance.overview(from, to, ComplianceDimension.MONTH));

        List<String> mismatches = compare(sql.get(), byMonth.get(), trend.get());
        mismatches.addAll(
                compare(sql.get(), overview.get().rows(), overview.get().trend()));
        // The summary against the tickets themselves: the portal's figures must be what the old group-by gave.
        mismatches.addAll(
                compare(detailSql.get(), overview.get().rows(), overview.get().trend()));
        long summaryRows = Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from ticket_outcome_month" + " where opened_month between ? and ?",
                Long.class,
                from.toString(),
                to.toString()));
        List<Supplier<?>> measured = List.of(sql, overview, backlog, byMonth, trend, byVendor, backlogSql, detailSql);
        List<double[]> runs = rounds(measured);
        String plan = String.join(
                "\n",
                jdbc.queryForList(
                        "explain (analyze, buffers) "
                                + SUMMARY_SQL.replace("?", "'%s'").formatted(from, to),
                        String.class));
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
        long open = backlog.get().stream()
                .mapToLong(
                        r -> r.bySeverity().values().stream().mapToLong(x -> x).sum())
                .sum();

        String report = report(
                runs, ticketRows, summaryRows, changes, open, loadSeconds, loadBefore, loadAfter, mismatches, plan);
        Files.createDirectories(out);
        Files.writeString(out.resolve("support.md"), report);
        Files.writeString(
                out.resolve("support-runs.tsv"),
                "round\tsql_ms\toverview_ms\tbacklog_ms\tby_month_ms\t"
                        + "trend_ms\tby_vendor_ms\tsql_backlog_ms\tsql_tickets_ms\ttab_ms\tsql_tab_ms\ttab_before_ms\n"
                        + IntStream.range(0, runs.size())
                                .mapToObj(i -> (1 + i) + "\t"
                                        + java.util.Arrays.stream(runs.get(i))
                                                .mapToObj(x -> String.format("%.1f", x))
                                                .collect(Collectors.joining("\t")))
                                .collect(Collectors.joining("\n"))
                        + "\n");
        System.out.println(report);
        if (!mismatches.isEmpty()) {
            throw new AssertionError(mismatches.size() + " figures differ between the SQL and the portal, e.g. "
                    + mismatches.subList(0, Math.min(5, mismatches.size())));
        }
    }

    /** The hand-written group-by of the summary (V104) the portal reads. */
    static final String SUMMARY_SQL = """
            select opened_month, severity,
                   coalesce(sum(tickets) filter (where response_outcome = 'MET'), 0),
                   coalesce(sum(tickets) filter (where response_outcome = 'BREACHED'), 0),
                   coalesce(sum(tickets) filter (where resolution_outcome = 'MET'), 0),
                   coalesce(sum(tickets) filter (where resolution_outcome = 'BREACHED'), 0)
            from ticket_outcome_month
            where opened_month between ? and ?
            group by opened_month, severity""";

    /** The same figures grouped from the tickets, as compliance was computed before the summary. */
    static final String DETAIL_SQL = """
            select opened_month, severity,
                   count(*) filter (where response_outcome = 'MET'),
                   count(*) filter (where response_outcome = 'BREACHED'),
                   count(*) filter (where resolution_outcome = 'MET'),
                   count(*) filter (where resolution_outcome = 'BREACHED')
            from vendor_ticket
            where opened_month between ? and ? and policy_id is not null
            group by opened_month, severity""";

    /** The backlog by hand: open tickets per severity and age band (0–7, 8–30, 31–90, older days). */
    static final String BACKLOG_SQL = """
            select severity, case when opened_at > now() - interval '8 days' then 0
                                  when opened_at > now() - interval '31 days' then 8
                                  when opened_at > now() - interval '91 days' then 31 else 91 end as band, count(*)
            from vendor_ticket
            where status in ('OPEN', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'ON_HOLD')
            group by 1, 2""";

    /** Severity|month → {response met, breached, resolution met, breached}, and month → the same over severities. */
    static Map<String, long[]> sql(JdbcTemplate jdbc, String query, YearMonth from, YearMonth to) {
        Map<String, long[]> sums = new TreeMap<>();
        jdbc.query(
                query,
                rs -> {
                    long[] v = {rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)};
                    sums.put(rs.getString(2) + "|" + rs.getString(1), v);
                    long[] month = sums.computeIfAbsent(rs.getString(1), k -> new long[4]);
                    for (int i = 0; i < 4; i++) {
                        month[i] += v[i];
                    }
                },
                from.toString(),
                to.toString());
        return sums;
    }

    static List<String> compare(
            Map<String, long[]> sql, List<ComplianceRow> byMonth, Map<Severity, List<ComplianceRow>> trend) {
        List<String> differences = new ArrayList<>();
        Map<String, long[]> portal = new TreeMap<>();
        byMonth.forEach(r -> portal.put(r.key(), figures(r)));
        trend.forEach((s, rows) -> rows.forEach(r -> portal.put(s.name() + "|" + r.key(), figures(r))));
        java.util.Set<String> keys = new java.util.TreeSet<>(sql.keySet());
        keys.addAll(portal.keySet());
        for (String key : keys) {
            long[] a = sql.getOrDefault(key, new long[4]);
            long[] b = portal.getOrDefault(key, new long[4]);
            if (!java.util.Arrays.equals(a, b)) {
                differences.add(
                        key + ": SQL " + java.util.Arrays.toString(a) + ", portal " + java.util.Arrays.toString(b));
            }
        }
        return differences;
    }

    private static long[] figures(ComplianceRow r) {
        return new long[] {r.responseMet(), r.responseBreached(), r.resolutionMet(), r.resolutionBreached()};
    }

    private static <T> T asOwner(Supplier<T> work) {
        return TestLogins.as("bench-owner", work, Role.PRODUCT_OWNER);
    }

    private static double millis(Supplier<?> work) {
        long started = System.nanoTime();
        Object result = work.get();
        double elapsed = (System.nanoTime() - started) / 1e6;
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        return elapsed;
    }

    /**
     * Warm-up, then the measured rounds: each supplier once per round, in order; per round also the tab as it opens
     * now (overview + backlog) and as it opened before (compliance by month + trend + backlog: two grouped queries).
     */
    private List<double[]> rounds(List<Supplier<?>> measured) {
        for (int i = 0; i < warmup; i++) {
            measured.forEach(Supplier::get);
        }
        List<double[]> runs = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            double[] r = new double[measured.size() + 3];
            for (int j = 0; j < measured.size(); j++) {
                r[j] = millis(measured.get(j));
            }
            r[8] = r[1] + r[2];
            r[9] = r[0] + r[6];
            r[10] = r[3] + r[4] + r[2];
            runs.add(r);
        }
        return runs;
    }

    private String report(
            List<double[]> runs,
            long ticketRows,
            long summaryRows,
            long changes,
            long open,
            double loadSeconds,
            String loadBefore,
            String loadAfter,
            List<String> mismatches,
            String plan) {
        double tab = median(runs, 8);
        List<Double> ratios = runs.stream().map(r -> r[8] / r[9]).sorted().toList();
        StringBuilder md = new StringBuilder();
        md.append("## SLA compliance for a year at ").append(tickets).append(" tickets\n\n");
        md.append(String.format(
                "%d tickets, %d status changes (%.2f per ticket), %d open; %d summary rows for the "
                        + "12 months; loaded with their outcomes in %.0f s; %d warm-up rounds, %d measured rounds; "
                        + "PostgreSQL %s.%n%n",
                ticketRows,
                changes,
                changes / (double) ticketRows,
                open,
                summaryRows,
                loadSeconds,
                warmup,
                rounds,
                postgresVersion()));
        md.append("| measured | median (min–max) | target |\n|---|---:|---|\n");
        md.append(row("(a1) hand-written SQL group-by of the summary (month × severity, 12 months)", runs, 0, ""));
        md.append(row("(a2) hand-written SQL of the backlog (open tickets per severity and age band)", runs, 6, ""));
        md.append(row("**(a) the same figures by hand: a1 + a2**", runs, 9, "—"));
        md.append(row("(b1) `overview(MONTH)`: grid and trend from the summary", runs, 1, ""));
        md.append(row("(b2) `backlog()`", runs, 2, ""));
        md.append(row("**(b) the tab opening: b1 + b2**", runs, 8, "≤ 50 ms, ≤ 1.25 × (a)"));
        md.append(row("(c1) `compliance(MONTH)`", runs, 3, ""));
        md.append(row("(c2) `trendBySeverity`", runs, 4, ""));
        md.append(row("(c) c1 + c2 + b2", runs, 10, ""));
        md.append(row("(d) switching the grid to `compliance(VENDOR)`", runs, 5, ""));
        md.append(row("(e) for reference: the group-by of (a1) from the tickets, as before the summary", runs, 7, ""));
        md.append(String.format(
                "%nTab opening: **%.1f ms** median, target ≤ 50 ms: %s. Ratio (b) / (a), median "
                        + "of the per-round ratios: %.2f (range %.2f–%.2f), target ≤ 1.25: %s.%n",
                tab,
                tab <= 50 ? "met" : "missed",
                median(ratios),
                ratios.getFirst(),
                ratios.getLast(),
                median(ratios) <= 1.25 ? "met" : "missed"));
        md.append(String.format(
                "%nFigures compared per month and per severity × month (response and resolution "
                        + "met/breached), for both calls and against the tickets' own group-by: %s.%n",
                mismatches.isEmpty() ? "all equal" : mismatches.size() + " differ"));
        md.append(String.format(
                "%nLoad average (1/5/15 min, running/total): before %s; after %s.%n", loadBefore, loadAfter));
        md.append("\nPlan of (a1), the summary's group-by:\n\n```\n")
                .append(plan)
                .append("\n```\n");
        return md.toString();
    }

    private String postgresVersion() {
        return new JdbcTemplate(dataSource).queryForObject("show server_version", String.class);
    }

    private static String row(String label, List<double[]> runs, int column, String target) {
        return String.format("| %s | %s | %s |%n", label, cell(runs, column), target);
    }

    private static String cell(List<double[]> runs, int column) {
        List<Double> values = runs.stream().map(r -> r[column]).sorted().toList();
        return String.format("%.1f ms (%.1f–%.1f)", median(values), values.getFirst(), values.getLast());
    }

    private static double median(List<double[]> runs, int column) {
        return median(runs.stream().map(r -> r[column]).sorted().toList());
    }

    private static double median(List<Double> sorted) {
        List<Double> values = new ArrayList<>(sorted);
        Collections.sort(values);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }
}

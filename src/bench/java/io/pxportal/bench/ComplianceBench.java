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
 * compliance by month and trend by severity for the last 12 months, and the backlog — as a product owner, side by
 * side with a hand-written SQL group-by of the same figures, after a warm-up. Fails when the portal's figures and
 * the SQL's differ. Data: {@code SupportBenchData}.
 *
 * <p>Not a test (no surefire pattern matches it): {@code bash src/bench/support.sh}, see docs/benchmarks.md.
 * Knobs (system properties): {@code bench.tickets} (1000000), {@code bench.warmup} (3), {@code bench.rounds} (9),
 * {@code bench.pgPort} (5444), {@code bench.out} (target/bench).
 */
@SpringBootTest(properties = {"spring.jpa.properties.hibernate.generate_statistics=false",
        "logging.level.root=WARN", "logging.level.io.pxportal.bench=INFO"})
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
        long ticketRows = Objects.requireNonNull(jdbc.queryForObject("select count(*) from vendor_ticket",
                Long.class));
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();

        YearMonth to = YearMonth.now();
        YearMonth from = to.minusMonths(11);
        Supplier<Map<String, long[]>> sql = () -> sql(jdbc, from, to);
        Supplier<List<ComplianceRow>> byMonth = () -> asOwner(() -> compliance.compliance(from, to,
                ComplianceDimension.MONTH));
        Supplier<Map<Severity, List<ComplianceRow>>> trend = () -> asOwner(() -> compliance.trendBySeverity(from, to));
        Supplier<List<BacklogRow>> backlog = () -> asOwner(compliance::backlog);
        Supplier<List<ComplianceRow>> byVendor = () -> asOwner(() -> compliance.compliance(from, to,
                ComplianceDimension.VENDOR));

        Supplier<ComplianceOverview> overview = () -> asOwner(() -> compliance.overview(from, to,
                ComplianceDimension.MONTH));

        List<String> mismatches = compare(sql.get(), byMonth.get(), trend.get());
        mismatches.addAll(compare(sql.get(), overview.get().rows(), overview.get().trend()));
        List<Supplier<?>> measured = List.of(sql, overview, backlog, byMonth, trend, byVendor);
        // With the index of V084 (as migrated), then without it: what the index is worth.
        List<double[]> runs = rounds(measured);
        String plan = String.join("\n", jdbc.queryForList("explain (analyze, buffers) select t.opened_month, "
                + "t.severity, t.response_outcome, t.resolution_outcome, count(*) "
                + "from vendor_ticket t where t.opened_month between ? and ? and t.policy_id is not null "
                + "group by 1, 2, 3, 4", String.class, from.toString(), to.toString()));
        jdbc.execute("drop index vendor_ticket_outcomes");
        jdbc.execute("analyze vendor_ticket");
        List<double[]> withoutIndex = rounds(measured);
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
        long open = backlog.get().stream().mapToLong(r -> r.bySeverity().values().stream().mapToLong(x -> x).sum())
                .sum();

        String report = report(runs, withoutIndex, ticketRows, changes, open, loadSeconds, loadBefore, loadAfter, mismatches, plan);
        Files.createDirectories(out);
        Files.writeString(out.resolve("support.md"), report);
        List<double[]> all = new ArrayList<>(runs);
        all.addAll(withoutIndex);
        Files.writeString(out.resolve("support-runs.tsv"), "index\tround\tsql_ms\toverview_ms\tbacklog_ms\t"
                + "by_month_ms\ttrend_ms\tby_vendor_ms\ttab_ms\ttab_before_ms\n" + IntStream.range(0, all.size())
                .mapToObj(i -> (i < runs.size() ? "with" : "without") + "\t" + (1 + i % runs.size()) + "\t"
                        + java.util.Arrays.stream(all.get(i)).mapToObj(x -> String.format("%.1f", x))
                        .collect(Collectors.joining("\t"))).collect(Collectors.joining("\n")) + "\n");
        System.out.println(report);
        if (!mismatches.isEmpty()) {
            throw new AssertionError(mismatches.size() + " figures differ between the SQL and the portal, e.g. "
                    + mismatches.subList(0, Math.min(5, mismatches.size())));
        }
    }

    /** Severity|month → {response met, breached, resolution met, breached}, and month → the same over severities. */
    static Map<String, long[]> sql(JdbcTemplate jdbc, YearMonth from, YearMonth to) {
        Map<String, long[]> sums = new TreeMap<>();
        jdbc.query("""
                select opened_month, severity,
                       count(*) filter (where response_outcome = 'MET'),
                       count(*) filter (where response_outcome = 'BREACHED'),
                       count(*) filter (where resolution_outcome = 'MET'),
                       count(*) filter (where resolution_outcome = 'BREACHED')
                from vendor_ticket
                where opened_month between ? and ? and policy_id is not null
                group by opened_month, severity""", rs -> {
            long[] v = {rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)};
            sums.put(rs.getString(2) + "|" + rs.getString(1), v);
            long[] month = sums.computeIfAbsent(rs.getString(1), k -> new long[4]);
            for (int i = 0; i < 4; i++) {
                month[i] += v[i];
            }
        }, from.toString(), to.toString());
        return sums;
    }

    static List<String> compare(Map<String, long[]> sql, List<ComplianceRow> byMonth,
                                Map<Severity, List<ComplianceRow>> trend) {
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
                differences.add(key + ": SQL " + java.util.Arrays.toString(a) + ", portal "
                        + java.util.Arrays.toString(b));
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
            double[] r = new double[measured.size() + 2];
            for (int j = 0; j < measured.size(); j++) {
                r[j] = millis(measured.get(j));
            }
            r[6] = r[1] + r[2];
            r[7] = r[3] + r[4] + r[2];
            runs.add(r);
        }
        return runs;
    }

    private String report(List<double[]> runs, List<double[]> withoutIndex, long ticketRows, long changes, long open,
                          double loadSeconds, String loadBefore, String loadAfter, List<String> mismatches,
                          String plan) {
        double tab = median(runs, 6);
        List<Double> ratios = runs.stream().map(r -> r[6] / r[0]).sorted().toList();
        StringBuilder md = new StringBuilder();
        md.append("## SLA compliance for a year at ").append(tickets).append(" tickets\n\n");
        md.append(String.format("%d tickets, %d status changes (%.2f per ticket), %d open; loaded with their "
                + "outcomes in %.0f s; %d warm-up rounds, %d measured rounds per table; PostgreSQL %s.%n%n",
                ticketRows, changes, changes / (double) ticketRows, open, loadSeconds, warmup, rounds,
                postgresVersion()));
        md.append("| measured | with the V084 index: median (min–max) | without it: median (min–max) | target |\n"
                + "|---|---:|---:|---|\n");
        md.append(row("(a) hand-written SQL group-by (month × severity, 12 months)", runs, withoutIndex, 0, "—"));
        md.append(row("(b1) `overview(MONTH)`: grid and trend, one grouped query", runs, withoutIndex, 1, ""));
        md.append(row("(b2) `backlog()`", runs, withoutIndex, 2, ""));
        md.append(row("**(b) the tab opening: b1 + b2**", runs, withoutIndex, 6, "≤ 500 ms"));
        md.append(row("(c1) `compliance(MONTH)`", runs, withoutIndex, 3, ""));
        md.append(row("(c2) `trendBySeverity`", runs, withoutIndex, 4, ""));
        md.append(row("(c) the tab as it opened before: c1 + c2 + b2", runs, withoutIndex, 7, ""));
        md.append(row("(d) switching the grid to `compliance(VENDOR)`", runs, withoutIndex, 5, ""));
        md.append(String.format("%nTab opening: **%.1f ms** median, target ≤ 500 ms: %s. Ratio (b) / (a), median "
                + "of the per-round ratios: %.2f (range %.2f–%.2f).%n", tab, tab <= 500 ? "met" : "missed",
                median(ratios), ratios.getFirst(), ratios.getLast()));
        md.append(String.format("%nFigures compared per month and per severity × month (response and resolution "
                + "met/breached), for both calls: %s.%n", mismatches.isEmpty() ? "all equal"
                : mismatches.size() + " differ"));
        md.append(String.format("%nLoad average (1/5/15 min, running/total): before %s; after %s.%n", loadBefore,
                loadAfter));
        md.append("\nPlan of the tab's grouped query (`VendorTicketRepository.countOutcomesByMonth`) with the index:\n\n```\n")
                .append(plan).append("\n```\n");
        return md.toString();
    }

    private String postgresVersion() {
        return new JdbcTemplate(dataSource).queryForObject("show server_version", String.class);
    }

    private static String row(String label, List<double[]> with, List<double[]> without, int column, String target) {
        return String.format("| %s | %s | %s | %s |%n", label, cell(with, column), cell(without, column), target);
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

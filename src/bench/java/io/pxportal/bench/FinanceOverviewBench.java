package io.pxportal.bench;

import io.pxportal.TestLogins;
import io.pxportal.finance.BudgetVsActual;
import io.pxportal.finance.FinanceDimension;
import io.pxportal.finance.FinanceReportService;
import io.pxportal.finance.FinanceSettings;
import io.pxportal.finance.FinanceSettingsService;
import io.pxportal.finance.Forecast;
import io.pxportal.finance.ForecastService;
import io.pxportal.finance.ReportingTotal;
import io.pxportal.finance.SpendYear;
import io.pxportal.finance.TcoRow;
import io.pxportal.finance.UnitCost;
import io.pxportal.finance.UnitCostService;
import io.pxportal.finance.VarianceRow;
import io.pxportal.shared.security.Role;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The finance overview at 1,000,000 cost lines on PostgreSQL (embedded, port 5443, or an empty database given as
 * {@code bench.jdbcUrl}): (a) a hand-written SQL query of the figures the overview shows, from the monthly sums
 * of the cost lines ({@link FinanceOverviewSql}), read into Java rows; (b) everything the finance overview view asks
 * the services for when it opens, as a finance user, in the order it asks — the settings, the current fiscal year,
 * budget vs actual by platform, spend by year, cost per communication by quarter and by year, TCO, budget vs actual by
 * category (the rate-gap banner), the 5-year forecast and spend by year again (the forecast's fan). Side by side
 * in the same rounds after a warm-up; medians and the per-round ratio b / a; the time of each call of (b).
 * Fails when (a) and (b) disagree on any figure, or when a figure of (b) misses a rate.
 *
 * <p>Not a test (no surefire pattern matches it): {@code bash src/bench/finance.sh}, see docs/benchmarks.md.
 * Knobs (system properties): {@code bench.lines} (1000000), {@code bench.warmup} (3), {@code bench.rounds} (9),
 * {@code bench.out} (target/bench).
 */
@SpringBootTest(
        properties = {
            "spring.jpa.properties.hibernate.generate_statistics=false",
            "logging.level.root=WARN",
            "logging.level.io.pxportal.bench=INFO"
        })
class FinanceOverviewBench {

    static final int PORT = Integer.getInteger("bench.pgPort", 5443);
    /** An empty database of one's own instead of the embedded one, e.g. jdbc:postgresql://127.0.0.1:5443/bench. */
    static final String JDBC_URL = System.getProperty("bench.jdbcUrl", "");

    static final EmbeddedPostgres POSTGRES = BenchSupport.postgres(JDBC_URL, PORT);

    /** The calls the view makes when it opens, in its order: their names in the report. */
    static final List<String> CALLS = List.of(
            "settings",
            "currentFiscalYear",
            "budgetVsActual(PLATFORM)",
            "spendByYear(3)",
            "costPerCommunication(2, quarterly)",
            "costPerCommunication(3)",
            "tco",
            "budgetVsActual(CATEGORY)",
            "forecast(5)",
            "spendByYear(3) again");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        BenchSupport.dataSource(registry, POSTGRES, JDBC_URL);
    }

    @AfterAll
    static void stop() throws IOException {
        BenchSupport.stop(POSTGRES);
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    FinanceSettingsService settings;

    @Autowired
    FinanceReportService reports;

    @Autowired
    UnitCostService unitCosts;

    @Autowired
    ForecastService forecasts;

    private final int lines = Integer.getInteger("bench.lines", 1_000_000);
    private final int warmup = Integer.getInteger("bench.warmup", 3);
    private final int rounds = Integer.getInteger("bench.rounds", 9);
    private final Path out = Path.of(System.getProperty("bench.out", "target/bench"));

    /** What the overview got from the services when it opened. */
    record Overview(
            int fiscalYear,
            BudgetVsActual byPlatform,
            List<SpendYear> spend,
            List<UnitCost> quarters,
            List<UnitCost> years,
            List<TcoRow> tco,
            BudgetVsActual byCategory,
            Forecast forecast) {}

    @Test
    void finance_overview_at_scale() throws IOException {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        LocalDate today = LocalDate.now();
        long loadStarted = System.nanoTime();
        FinanceOverviewData.load(jdbc, lines, today);
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        long lineCount = Objects.requireNonNull(jdbc.queryForObject("select count(*) from cost_line", Long.class));
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();

        Supplier<List<FinanceOverviewSql.Row>> sql = () -> FinanceOverviewSql.figures(
                jdbc, today, FinanceOverviewData.REPORTING_CURRENCY, FinanceOverviewData.FISCAL_YEAR_START);
        List<String> mismatches = compare(sql.get(), open(new double[CALLS.size()]));
        for (int i = 0; i < warmup; i++) {
            sql.get();
            open(new double[CALLS.size()]);
        }
        List<double[]> runs = new ArrayList<>();
        List<double[]> calls = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            double[] perCall = new double[CALLS.size()];
            double a = BenchSupport.millis(sql);
            double b = BenchSupport.millis(() -> open(perCall));
            runs.add(new double[] {a, b});
            calls.add(perCall);
        }
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();

        String report = report(runs, calls, lineCount, loadSeconds, loadBefore, loadAfter, mismatches);
        Files.createDirectories(out);
        Files.writeString(out.resolve("finance-plans.txt"), plans(jdbc, today));
        Files.createDirectories(out);
        Files.writeString(out.resolve("finance.md"), report);
        Files.writeString(
                out.resolve("finance-runs.tsv"),
                "round\tsql_ms\toverview_ms\t"
                        + String.join("\t", CALLS) + "\n"
                        + IntStream.range(0, runs.size())
                                .mapToObj(i -> (i + 1) + "\t"
                                        + String.format("%.1f\t%.1f", runs.get(i)[0], runs.get(i)[1]) + "\t"
                                        + java.util.Arrays.stream(calls.get(i))
                                                .mapToObj(c -> String.format("%.1f", c))
                                                .collect(Collectors.joining("\t")))
                                .collect(Collectors.joining("\n"))
                        + "\n");
        System.out.println(report);
        if (!mismatches.isEmpty()) {
            throw new AssertionError(mismatches.size() + " figures differ between the hand-written SQL and the portal, "
                    + "e.g. " + mismatches.subList(0, Math.min(5, mismatches.size())));
        }
    }

    /** What FinanceView (and its three panels) ask for when the view opens; the time of each call into perCall. */
    private Overview open(double[] perCall) {
        // The view opens in one HTTP request (Vaadin's navigation round trip); Spring's RequestContextFilter
        // exposes it as RequestContextHolder, as it does here.
        ServletRequestAttributes request = new ServletRequestAttributes(new MockHttpServletRequest("POST", "/"));
        RequestContextHolder.setRequestAttributes(request);
        try {
            return openInRequest(perCall);
        } finally {
            request.requestCompleted();
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private Overview openInRequest(double[] perCall) {
        return TestLogins.as(
                "bench",
                () -> {
                    Timer t = new Timer(perCall);
                    FinanceSettings current = t.time(settings::get);
                    int fy = t.time(reports::currentFiscalYear);
                    BudgetVsActual byPlatform = t.time(() -> reports.budgetVsActual(fy, FinanceDimension.PLATFORM));
                    List<SpendYear> spend = t.time(() -> reports.spendByYear(3));
                    List<UnitCost> quarters = t.time(() -> unitCosts.costPerCommunication(2, true));
                    List<UnitCost> years = t.time(() -> unitCosts.costPerCommunication(3, false));
                    List<TcoRow> tco = t.time(() -> reports.tco(fy, fy));
                    BudgetVsActual byCategory = t.time(() -> reports.budgetVsActual(fy, FinanceDimension.CATEGORY));
                    Forecast forecast = t.time(() -> forecasts.forecast(5, current.indexAssumptionPercent()));
                    t.time(() -> reports.spendByYear(3));
                    return new Overview(fy, byPlatform, spend, quarters, years, tco, byCategory, forecast);
                },
                Role.FINANCE);
    }

    /** Times calls one after another into the next slot of the array. */
    private static final class Timer {
        private final double[] into;
        private int next;

        Timer(double[] into) {
            this.into = into;
        }

        <T> T time(Supplier<T> call) {
            long started = System.nanoTime();
            T result = call.get();
            into[next++] = (System.nanoTime() - started) / 1e6;
            return result;
        }
    }

    /**
     * Every figure of the SQL against the portal's, keyed by section, fiscal year, quarter, platform and category;
     * a figure one side does not have counts as zero (the portal lists platforms and quarters without spend, the
     * SQL does not). Also names every figure of the portal that misses a rate (the data has every rate).
     */
    static List<String> compare(List<FinanceOverviewSql.Row> sql, Overview portal) {
        Map<String, BigDecimal> expected = new TreeMap<>();
        for (FinanceOverviewSql.Row r : sql) {
            String section = r.section().replace("-budget", "");
            String key = key(section, r.fiscalYear(), r.quarter(), r.platformId(), r.category());
            if (r.section().endsWith("-budget")) {
                expected.merge(key + " budget", r.actual(), BigDecimal::add);
            } else if (r.committed() != null) {
                expected.merge(key + " actual", r.actual(), BigDecimal::add);
                expected.merge(key + " committed", r.committed(), BigDecimal::add);
            } else {
                expected.merge(
                        key + (section.equals("spend") || section.equals("tco") ? "" : " actual"),
                        r.actual(),
                        BigDecimal::add);
            }
        }
        Map<String, BigDecimal> actual = new TreeMap<>();
        List<String> differences = new ArrayList<>();
        int fy = portal.fiscalYear();
        for (SpendYear y : portal.spend()) {
            y.byCategory()
                    .forEach((c, t) -> actual.put(
                            key("spend", y.fiscalYear(), null, null, c.name()),
                            amount(t, differences, "spend " + y.fiscalYear())));
        }
        for (VarianceRow r : portal.byPlatform().rows()) {
            put(actual, differences, key("platform", fy, null, r.id(), null), r);
        }
        for (VarianceRow r : portal.byCategory().rows()) {
            put(actual, differences, key("category", fy, null, null, r.key()), r);
        }
        for (TcoRow r : portal.tco()) {
            r.byCategory()
                    .forEach((c, t) -> actual.put(
                            key("tco", fy, null, r.platformId(), c.name()),
                            amount(t, differences, "tco " + r.platform())));
        }
        for (UnitCost u : portal.years()) {
            actual.put(
                    key("year", u.fiscalYear(), null, u.platformId(), null) + " actual",
                    amount(u.spend(), differences, "unit cost " + u.periodLabel()));
        }
        for (UnitCost u : portal.quarters()) {
            actual.put(
                    key("quarter", u.fiscalYear(), u.quarter(), u.platformId(), null) + " actual",
                    amount(u.spend(), differences, "unit cost " + u.periodLabel()));
        }
        if (!portal.forecast().gaps().isEmpty()) {
            differences.add("forecast misses rates " + portal.forecast().gaps());
        }
        TreeSet<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String key : keys) {
            BigDecimal a = expected.getOrDefault(key, BigDecimal.ZERO);
            BigDecimal b = actual.getOrDefault(key, BigDecimal.ZERO);
            if (a.compareTo(b) != 0) {
                differences.add(key + ": SQL " + a + ", portal " + b);
            }
        }
        if (expected.size() < 100) {
            differences.add("the SQL gave only " + expected.size() + " figures");
        }
        return differences;
    }

    private static void put(Map<String, BigDecimal> into, List<String> differences, String key, VarianceRow r) {
        into.put(key + " budget", amount(r.budget(), differences, key));
        into.put(key + " actual", amount(r.actual(), differences, key));
        into.put(key + " committed", amount(r.committed(), differences, key));
    }

    private static BigDecimal amount(ReportingTotal total, List<String> differences, String what) {
        if (!total.complete()) {
            differences.add(what + " misses rates " + total.gaps());
        }
        return total.amount();
    }

    private static String key(String section, int fiscalYear, Integer quarter, Long platformId, String category) {
        return section + " FY" + fiscalYear + (quarter == null ? "" : " Q" + quarter)
                + (platformId == null ? "" : " platform " + platformId) + (category == null ? "" : " " + category);
    }

    private String report(
            List<double[]> runs,
            List<double[]> calls,
            long lineCount,
            double loadSeconds,
            String loadBefore,
            String loadAfter,
            List<String> mismatches) {
        double sqlMedian = BenchSupport.median(runs, 0);
        double portalMedian = BenchSupport.median(runs, 1);
        List<Double> ratios = runs.stream().map(r -> r[1] / r[0]).sorted().toList();
        double ratio = BenchSupport.median(ratios);
        StringBuilder md = new StringBuilder();
        md.append("## Finance overview at ")
                .append(String.format("%,d", lineCount))
                .append(" cost lines\n\n");
        md.append(String.format(
                "%,d cost lines loaded in %.1f s; %d warm-up rounds, %d measured rounds; PostgreSQL " + "%s.%n%n",
                lineCount, loadSeconds, warmup, rounds, postgresVersion()));
        md.append("| measured | median | min | max | target |\n|---|---:|---:|---:|---|\n");
        md.append(
                BenchSupport.row("(a) hand-written SQL of the overview's figures from the monthly sums", runs, 0, "—"));
        md.append(BenchSupport.row(
                "(b) portal: what the finance overview asks for when it opens", runs, 1, "≤ 1.25 × (a), ≤ 50 ms"));
        for (int c = 0; c < CALLS.size(); c++) {
            md.append(BenchSupport.row("(b) of which `" + CALLS.get(c) + "`", calls, c, ""));
        }
        md.append(String.format(
                "%nRatio (b) / (a), median of the per-round ratios: **%.2f** (range %.2f–%.2f); "
                        + "ratio of the medians %.2f. Target ≤ 1.25: %s. Overview: **%.1f ms**, target ≤ 50 ms: %s.%n",
                ratio,
                ratios.getFirst(),
                ratios.getLast(),
                portalMedian / sqlMedian,
                ratio <= 1.25 ? "met" : "missed",
                portalMedian,
                portalMedian <= 50 ? "met" : "missed"));
        md.append(String.format(
                "%nFigures compared (spend by year and category, budget / actual / committed by "
                        + "platform and by category, TCO, spend per platform and year and per quarter): %s.%n",
                mismatches.isEmpty() ? "all equal" : mismatches.size() + " differ"));
        md.append(String.format(
                "%nLoad average (1/5/15 min, running/total): before %s; after %s.%n", loadBefore, loadAfter));
        return md.toString();
    }

    /** PostgreSQL's plans, with timings, of (a) and of the portal's read of the monthly sums, same three years. */
    private static String plans(JdbcTemplate jdbc, LocalDate today) {
        int fy = FinanceOverviewData.fiscalYearOf(today);
        LocalDate first = LocalDate.of(fy - 2, FinanceOverviewData.FISCAL_YEAR_START, 1);
        String sums = "select period_month, platform_id, vendor_id, category, kind, currency, amount "
                + "from cost_line_month where period_month >= cast('" + first + "' as date) and period_month <= cast('"
                + first.plusYears(3).minusMonths(1) + "' as date)";
        String sql = FinanceOverviewSql.sql(
                today, FinanceOverviewData.REPORTING_CURRENCY, FinanceOverviewData.FISCAL_YEAR_START);
        return "-- (a) the hand-written query\n" + explain(jdbc, sql) + "\n-- the portal's sums, three years\n"
                + explain(jdbc, sums);
    }

    private static String explain(JdbcTemplate jdbc, String sql) {
        return String.join("\n", jdbc.queryForList("explain (analyze, buffers) " + sql, String.class)) + "\n";
    }

    private String postgresVersion() {
        return new JdbcTemplate(dataSource).queryForObject("show server_version", String.class);
    }
}

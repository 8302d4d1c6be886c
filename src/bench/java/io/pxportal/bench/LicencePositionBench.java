package io.pxportal.bench;

import io.pxportal.TestLogins;
import io.pxportal.licensing.EntitlementFilter;
import io.pxportal.licensing.EntitlementService;
import io.pxportal.licensing.EntitlementView;
import io.pxportal.licensing.LicencePosition;
import io.pxportal.shared.security.Role;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The effective licence position at 5,000 entitlement pools with 36 monthly measurements each, on PostgreSQL
 * (embedded, port 5442, or an empty database given as {@code bench.jdbcUrl}): (a) a hand-written SQL aggregate ({@link LicencePositionSql}), (b) the portal's
 * {@link EntitlementService#page} for all pools, (c) what the licence position view asks for its first page
 * (the first 50 rows by product, and the count). Side by side in the same rounds after a warm-up; medians and
 * the per-round ratio b / a. Fails when (a) and (b) disagree on any pool.
 *
 * <p>Not a test (no surefire pattern matches it): {@code bash src/bench/licence-position.sh}, see
 * docs/benchmarks.md. Knobs (system properties): {@code bench.pools} (5000), {@code bench.months} (36),
 * {@code bench.warmup} (3), {@code bench.rounds} (9), {@code bench.out} (target/bench).
 */
@SpringBootTest(
        properties = {
            "spring.jpa.properties.hibernate.generate_statistics=false",
            "logging.level.root=WARN",
            "logging.level.io.pxportal.bench=INFO"
        })
class LicencePositionBench {

    static final int PORT = Integer.getInteger("bench.pgPort", 5442);
    /** An empty database of one's own instead of the embedded one, e.g. jdbc:postgresql://127.0.0.1:5442/bench. */
    static final String JDBC_URL = System.getProperty("bench.jdbcUrl", "");

    static final EmbeddedPostgres POSTGRES = BenchSupport.postgres(JDBC_URL, PORT);

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
    EntitlementService entitlements;

    private final int pools = Integer.getInteger("bench.pools", 5000);
    private final int months = Integer.getInteger("bench.months", 36);
    private final int warmup = Integer.getInteger("bench.warmup", 3);
    private final int rounds = Integer.getInteger("bench.rounds", 9);
    private final Path out = Path.of(System.getProperty("bench.out", "target/bench"));

    @Test
    void licence_position_at_scale() throws IOException {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        LocalDate asOf = LocalDate.now();
        long loadStarted = System.nanoTime();
        LicencePositionData.load(jdbc, pools, months, asOf);
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        long measurementRows =
                Objects.requireNonNull(jdbc.queryForObject("select count(*) from usage_measurement", Long.class));
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();

        Supplier<List<LicencePositionSql.Row>> sql = () -> LicencePositionSql.positions(jdbc, asOf);
        Supplier<List<EntitlementView>> portal = () -> asAdmin(
                () -> entitlements.page(EntitlementFilter.all(), asOf, PageRequest.of(0, pools + 1000, Sort.by("id"))));
        Supplier<Integer> view = () -> asAdmin(() -> entitlements
                        .page(EntitlementFilter.all(), null, PageRequest.of(0, 50, Sort.by("product")))
                        .size()
                + (int) entitlements.count(EntitlementFilter.all()));

        List<String> mismatches = compare(sql.get(), portal.get());
        for (int i = 0; i < warmup; i++) {
            sql.get();
            portal.get();
            view.get();
        }
        List<double[]> runs = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            runs.add(new double[] {BenchSupport.millis(sql), BenchSupport.millis(portal), BenchSupport.millis(view)});
        }
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();

        String report = report(runs, measurementRows, loadSeconds, loadBefore, loadAfter, mismatches);
        Files.createDirectories(out);
        Files.writeString(out.resolve("licence-position.md"), report);
        Files.writeString(
                out.resolve("licence-position-runs.tsv"),
                "round\tsql_ms\tportal_ms\tview_first_page_ms\n"
                        + java.util.stream.IntStream.range(0, runs.size())
                                .mapToObj(i -> (i + 1) + "\t"
                                        + String.format(
                                                "%.1f\t%.1f\t%.1f", runs.get(i)[0], runs.get(i)[1], runs.get(i)[2]))
                                .collect(Collectors.joining("\n"))
                        + "\n");
        System.out.println(report);
        if (!mismatches.isEmpty()) {
            throw new AssertionError(mismatches.size() + " pools differ between the SQL aggregate and the portal, "
                    + "e.g. " + mismatches.subList(0, Math.min(5, mismatches.size())));
        }
    }

    private static <T> T asAdmin(Supplier<T> work) {
        return TestLogins.as("bench", work, Role.ADMIN);
    }

    /** Every pool's figures from the SQL aggregate against the portal's; a description of each difference. */
    static List<String> compare(List<LicencePositionSql.Row> sql, List<EntitlementView> portal) {
        List<String> differences = new ArrayList<>();
        if (sql.size() != portal.size()) {
            differences.add("pools: SQL " + sql.size() + ", portal " + portal.size());
        }
        Map<Long, LicencePosition> byId =
                portal.stream().collect(Collectors.toMap(EntitlementView::id, EntitlementView::position));
        for (LicencePositionSql.Row row : sql) {
            LicencePosition p = byId.get(row.id());
            String difference = p == null ? "missing in the portal" : row.differenceFrom(p);
            if (difference != null) {
                differences.add("pool " + row.id() + ": " + difference);
            }
        }
        return differences;
    }

    private String report(
            List<double[]> runs,
            long measurementRows,
            double loadSeconds,
            String loadBefore,
            String loadAfter,
            List<String> mismatches) {
        double sqlMedian = BenchSupport.median(runs, 0);
        double portalMedian = BenchSupport.median(runs, 1);
        double viewMedian = BenchSupport.median(runs, 2);
        List<Double> ratios = runs.stream().map(r -> r[1] / r[0]).sorted().toList();
        double ratio = BenchSupport.median(ratios);
        StringBuilder md = new StringBuilder();
        md.append("## Effective licence position at ").append(pools).append(" pools\n\n");
        md.append(String.format(
                "%d pools, %d measurements (%d months each), loaded in %.1f s; %d warm-up rounds, "
                        + "%d measured rounds; PostgreSQL %s.%n%n",
                pools, measurementRows, months, loadSeconds, warmup, rounds, postgresVersion()));
        md.append("| measured | median | min | max | target |\n|---|---:|---:|---:|---|\n");
        md.append(BenchSupport.row("(a) hand-written SQL aggregate, all pools", runs, 0, "—"));
        md.append(BenchSupport.row("(b) portal `EntitlementService.page`, all pools", runs, 1, "≤ 2 × (a)"));
        md.append(BenchSupport.row("(c) licence view's first page (50 rows by product + count)", runs, 2, "≤ 300 ms"));
        md.append(String.format(
                "%nRatio (b) / (a), median of the per-round ratios: **%.2f** (range %.2f–%.2f); "
                        + "ratio of the medians %.2f. Target ≤ 2: %s. View's first page: **%.1f ms**, target ≤ 300 ms: %s.%n",
                ratio,
                ratios.getFirst(),
                ratios.getLast(),
                portalMedian / sqlMedian,
                ratio <= 2 ? "met" : "missed",
                viewMedian,
                viewMedian <= 300 ? "met" : "missed"));
        md.append(String.format(
                "%nFigures compared pool by pool (status, entitled, consumed, utilisation, shortfall, "
                        + "exposure, surplus, shelfware, forecast): %s.%n",
                mismatches.isEmpty() ? "all " + pools + " equal" : mismatches.size() + " differ"));
        md.append(String.format(
                "%nLoad average (1/5/15 min, running/total): before %s; after %s.%n", loadBefore, loadAfter));
        return md.toString();
    }

    private String postgresVersion() {
        return new JdbcTemplate(dataSource).queryForObject("show server_version", String.class);
    }
}

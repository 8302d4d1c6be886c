package io.pxportal.bench;

import io.pxportal.TestLogins;
import io.pxportal.exchange.DirectImport;
import io.pxportal.exchange.ImportErrorReport;
import io.pxportal.exchange.ImportJobView;
import io.pxportal.exchange.ImportOptions;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportStatus;
import io.pxportal.exchange.ImportWizard;
import io.pxportal.shared.security.Role;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * How fast the nine everyday record types import: {@code bench.speed.rows} rows (10,000) of vendors, platforms,
 * contracts, entitlements, cost lines, budgets, experience observations, roadmap items and alignment ratings, each
 * through the wizard's path of {@link ImportWizard} — upload, preview (mapping from the headers), validate in the
 * background, commit in the background — as an admin, on a fresh H2 file database (the portal's default) or, with
 * {@code -Dbench.speed.db=postgres}, on an embedded PostgreSQL 17 (port 5446).
 *
 * <p>Each round imports all nine files in dependency order (platforms name the round's vendors, contracts its
 * platforms, …) with natural keys of its own, so every round creates {@code rows} new records per type in a database
 * that grows as a real one does; the median of the rounds is reported. Then the first round's files are imported
 * again (nothing changes) once. Not a test (no surefire pattern matches it): {@code bash src/bench/import-speed.sh},
 * see docs/benchmarks.md.
 */
@SpringBootTest(
        properties = {
            "logging.level.root=WARN",
            "logging.level.io.pxportal.bench=INFO",
            "px.import.dir=${bench.out:target/bench}/import-speed-uploads",
            "spring.flyway.clean-disabled=true"
        })
class ImportSpeedBench {

    static final boolean POSTGRES = "postgres".equals(System.getProperty("bench.speed.db", "h2"));
    static final EmbeddedPostgres PG = POSTGRES ? BenchPostgres.start(Integer.getInteger("bench.pgPort", 5446)) : null;
    static final Path OUT = Path.of(System.getProperty("bench.out", "target/bench"));

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        if (PG != null) {
            BenchPostgres.register(registry, PG);
            return;
        }
        // A fresh file database like the portal's default one (not in memory: the tester's imports wrote to disk).
        Path dir = OUT.resolve("import-speed-h2").toAbsolutePath();
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(dir);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + dir.resolve("px")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @AfterAll
    static void stop() throws IOException {
        if (PG != null) {
            PG.close();
        }
    }

    private static final String[] METRICS = {
        "cx.on-time-delivery",
        "cx.error-rate",
        "cx.complaints",
        "cx.digital-adoption",
        "cx.csat",
        "ex.template-lead-time",
        "ex.self-service",
        "ux.accessibility",
        "ux.readability",
        "mx.channel-coverage"
    };
    private static final String[] CATEGORIES = {
        "LICENCE", "MAINTENANCE", "SUBSCRIPTION", "VENDOR_SERVICES", "INFRASTRUCTURE", "INTERNAL_STAFF"
    };
    private static final int OBJECTIVES = 10;

    @Autowired
    DirectImport imports;

    @Autowired
    ImportWizard wizard;

    @Autowired
    ImportErrorReport errorReport;

    private final int rows = Integer.getInteger("bench.speed.rows", 10_000);
    private final int runs = Integer.getInteger("bench.speed.runs", 3);
    private final List<String> only = Arrays.stream(
                    System.getProperty("bench.speed.types", "").split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();

    /** The nine files of round {@code r}: type → header and a row maker, in the order they must be imported. */
    private Map<String, File> files(int r) {
        Map<String, File> files = new LinkedHashMap<>();
        files.put(
                "vendors",
                new File(
                        "name,country,website,accountManager,notes",
                        i -> String.join(
                                ",",
                                vendor(r, i),
                                "DE",
                                "https://vendor" + i + ".example.com",
                                "Manager " + i,
                                "Quarterly service reviews")));
        files.put(
                "platforms",
                new File(
                        "name,vendor,product,productVersion,deployment,lifecycle,environments,"
                                + "businessUnits,owners,notes",
                        i -> String.join(
                                ",",
                                platform(r, i),
                                vendor(r, i),
                                product(i),
                                "16." + i % 10,
                                i % 3 == 0 ? "SAAS" : "ON_PREM",
                                "SUSTAIN",
                                "\"PRODUCTION, TEST\"",
                                "Retail; Cards",
                                "",
                                "Batch statements")));
        files.put(
                "contracts",
                new File(
                        "number,title,vendor,platforms,owner,start,initialTermMonths,renewalType,"
                                + "renewalPeriodMonths,noticeAmount,noticeUnit,explicitRenewals,noticeGivenOn,currency,annualValue,"
                                + "upliftType,upliftPercent,upliftIndex,upliftCapPercent,upliftFloorPercent,notes",
                        i -> String.join(
                                ",",
                                contract(r, i),
                                "Licence and maintenance " + i,
                                vendor(r, i),
                                platform(r, i),
                                "",
                                LocalDate.of(2023, 1, 1).plusDays(i % 700).toString(),
                                "36",
                                "AUTOMATIC",
                                "12",
                                "90",
                                "DAYS",
                                "0",
                                "",
                                "EUR",
                                (100_000 + i) + ".00",
                                i % 2 == 0 ? "FIXED" : "NONE",
                                i % 2 == 0 ? "3" : "",
                                "",
                                "",
                                "",
                                "Renewals by tacit agreement")));
        files.put(
                "entitlements",
                new File(
                        "contract,platform,product,metric,quantity,unitPrice,overagePrice,"
                                + "maintenancePercent,termFrom,termTo,environmentsCounted",
                        i -> String.join(
                                ",",
                                contract(r, i),
                                platform(r, i),
                                "Engine",
                                i % 2 == 0 ? "NAMED_USER" : "DOCUMENTS_PER_YEAR",
                                i % 2 == 0 ? "150" : "40000000",
                                i % 2 == 0 ? "120" : "0.009",
                                "",
                                "20",
                                "",
                                "",
                                "PRODUCTION_ONLY")));
        files.put(
                "cost-lines",
                new File(
                        "reference,platform,vendor,contract,category,kind,period,amount,currency," + "description",
                        i -> String.join(
                                ",",
                                "INV-" + r + "-" + i,
                                platform(r, i),
                                "",
                                contract(r, i),
                                CATEGORIES[i % CATEGORIES.length],
                                i % 5 == 0 ? "COMMITTED" : "ACTUAL",
                                "2025-" + String.format("%02d", 1 + i % 12),
                                (1000 + i % 9000) + ".50",
                                "EUR",
                                "Invoice " + i)));
        // platform × category: six budgets per platform of the round
        files.put(
                "budgets",
                new File(
                        "platform,fiscalYear,category,amount,currency",
                        i -> String.join(
                                ",",
                                platform(r, i / CATEGORIES.length),
                                "2026",
                                CATEGORIES[i % CATEGORIES.length],
                                (50_000 + i) + ".00",
                                "EUR")));
        // platform × metric × quarter: ten metrics in four quarters per platform
        files.put(
                "experience-observations",
                new File(
                        "platform,metric,period,value,note",
                        i -> String.join(
                                ",",
                                platform(r, i / 40),
                                METRICS[i % METRICS.length],
                                "2025-Q" + (1 + i / METRICS.length % 4),
                                String.valueOf(10 + i % 80),
                                "Quarterly report")));
        files.put(
                "roadmap-items",
                new File(
                        "vendor,product,title,type,committedQuarter,status,affectedVersion,"
                                + "platforms,sourceUrl,notes",
                        i -> String.join(
                                ",",
                                vendor(r, i),
                                product(i),
                                item(r, i),
                                "FEATURE",
                                "2026-Q3",
                                "COMMITTED",
                                "16.x",
                                platform(r, i),
                                "https://vendor.example.com/roadmap",
                                "")));
        // item × objective: every tenth item of the round rated against all ten objectives
        files.put("roadmap-ratings", new File("vendor,product,item,objective,rating,rationale", i -> {
            int item = i / OBJECTIVES;
            return String.join(
                    ",",
                    vendor(r, item),
                    product(item),
                    item(r, item),
                    "OBJ" + i % OBJECTIVES,
                    String.valueOf(i % 4 - 1),
                    "Fits our cloud strategy");
        }));
        return files;
    }

    private static String vendor(int r, int i) {
        return "Bench vendor " + r + "-" + i;
    }

    private static String platform(int r, int i) {
        return "Bench platform " + r + "-" + i;
    }

    private static String contract(int r, int i) {
        return "B" + r + "-C" + i;
    }

    private static String product(int i) {
        return "Product " + i % 50;
    }

    private static String item(int r, int i) {
        return "Feature " + r + "-" + i;
    }

    record File(String header, IntFunction<String> row) {}

    /** One type's import in one round: seconds of each wizard step. */
    record Timing(String type, int round, double upload, double validate, double commit, ImportOutcome outcome) {
        double wizard() {
            return upload + validate + commit;
        }
    }

    @Test
    void import_speed() throws IOException {
        Files.createDirectories(OUT);
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        as(() -> importNow("roadmap-objectives", objectives()));
        List<Timing> timings = new ArrayList<>();
        Map<String, Path> firstRound = new LinkedHashMap<>();
        for (int r = 1; r <= runs; r++) {
            for (Map.Entry<String, File> type : files(r).entrySet()) {
                if (!only.isEmpty() && !only.contains(type.getKey())) {
                    continue;
                }
                Path file = write(type.getKey(), r, type.getValue());
                int round = r;
                Timing timing = as(() -> wizard(type.getKey(), file, round));
                timings.add(timing);
                System.out.printf(
                        "[bench] round %d %-24s validate %6.2f s, commit %6.2f s: %,.0f rows/s (%s); load " + "%s%n",
                        timing.round(),
                        timing.type(),
                        timing.validate(),
                        timing.commit(),
                        rows / timing.commit(),
                        timing.outcome(),
                        load());
                if (r == 1) {
                    firstRound.put(type.getKey(), file);
                } else {
                    Files.delete(file);
                }
            }
        }
        Map<String, Double> again = new LinkedHashMap<>();
        if (Boolean.parseBoolean(System.getProperty("bench.speed.reimport", "true"))) {
            for (Map.Entry<String, Path> file : firstRound.entrySet()) {
                long started = System.nanoTime();
                ImportOutcome outcome = as(() -> importNow(file.getKey(), file.getValue()));
                double seconds = (System.nanoTime() - started) / 1e9;
                if (outcome.unchanged() != rows) {
                    throw new IllegalStateException("re-import of " + file.getKey() + " changed rows: " + outcome);
                }
                again.put(file.getKey(), seconds);
                System.out.printf("[bench] re-import %-24s %6.2f s (%s)%n", file.getKey(), seconds, outcome);
            }
        }
        for (Path file : firstRound.values()) {
            Files.delete(file);
        }
        Files.writeString(OUT.resolve("import-speed-results.md"), report(timings, again, loadBefore));
        System.out.println(Files.readString(OUT.resolve("import-speed-results.md")));
    }

    private String report(List<Timing> timings, Map<String, Double> again, String loadBefore) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append(String.format(
                "%,d rows per type, %d rounds, %s, %s; load average before %s, after %s.%n%n",
                rows,
                runs,
                PG == null ? "H2 file database" : "embedded PostgreSQL 17",
                Runtime.version(),
                loadBefore,
                load()));
        md.append("| type | validate, median s | commit, median s | **commit rows/s, median (range)** | wizard "
                + "(upload + validate + commit) rows/s | re-import (unchanged, API) rows/s |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        for (String type : files(1).keySet()) {
            List<Timing> of =
                    timings.stream().filter(t -> t.type().equals(type)).toList();
            if (of.isEmpty()) {
                continue;
            }
            List<Double> rates =
                    of.stream().map(t -> rows / t.commit()).sorted().toList();
            md.append(String.format(
                    "| %s | %.2f | %.2f | **%,.0f** (%,.0f–%,.0f) | %,.0f | %s |%n",
                    type,
                    BenchSupport.median(of.stream().map(Timing::validate).toList()),
                    BenchSupport.median(of.stream().map(Timing::commit).toList()),
                    BenchSupport.median(rates),
                    rates.getFirst(),
                    rates.getLast(),
                    rows / BenchSupport.median(of.stream().map(Timing::wizard).toList()),
                    again.containsKey(type) ? String.format("%,.0f", rows / again.get(type)) : "—"));
        }
        return md.toString();
    }

    /** Upload, preview, validate, commit — the wizard's calls, polled as its progress panel polls. */
    private Timing wizard(String type, Path file, int round) {
        long started = System.nanoTime();
        ImportJobView job;
        try (InputStream in = Files.newInputStream(file)) {
            job = wizard.upload(type, file.getFileName().toString(), in, ImportOptions.defaults());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long uploaded = System.nanoTime();
        wizard.validate(job.id(), wizard.preview(job.id(), 0).mapping());
        ImportJobView validated = await(job.id());
        long valid = System.nanoTime();
        if (validated.status() != ImportStatus.VALID) {
            throw new IllegalStateException(type + ": validation ended " + validated + ", errors "
                    + errorReport.errors(job.id(), org.springframework.data.domain.PageRequest.of(0, 5)));
        }
        wizard.commit(job.id());
        ImportJobView committed = await(job.id());
        long done = System.nanoTime();
        if (committed.status() != ImportStatus.DONE || committed.outcome().created() != rows) {
            throw new IllegalStateException(type + ": commit ended " + committed);
        }
        return new Timing(
                type,
                round,
                (uploaded - started) / 1e9,
                (valid - uploaded) / 1e9,
                (done - valid) / 1e9,
                committed.outcome());
    }

    private ImportJobView await(long jobId) {
        while (true) {
            ImportJobView job = wizard.job(jobId);
            if (!job.status().isRunning()) {
                return job;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private ImportOutcome importNow(String type, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return imports.importNow(type, file.getFileName().toString(), in, ImportOptions.defaults());
        } catch (io.pxportal.exchange.ImportRejectedException e) {
            throw new IllegalStateException(
                    type + " rejected: " + e.errors().stream().limit(5).toList(), e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path objectives() {
        Path file = OUT.resolve("import-speed-objectives.csv");
        StringBuilder csv = new StringBuilder("code,name,validFrom\n");
        for (int i = 0; i < OBJECTIVES; i++) {
            csv.append("OBJ").append(i).append(",Objective ").append(i).append(",2024-01-01\n");
        }
        try {
            return Files.writeString(file, csv);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path write(String type, int r, File file) throws IOException {
        Path path = OUT.resolve("import-speed-" + type + "-" + r + ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            w.write(file.header());
            w.write('\n');
            for (int i = 0; i < rows; i++) {
                w.write(file.row().apply(i));
                w.write('\n');
            }
        }
        return path;
    }

    private static <T> T as(Supplier<T> work) {
        return TestLogins.as("bench-admin", work, Role.ADMIN, Role.FINANCE, Role.STEERING);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}

package io.pxportal.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.pxportal.exchange.DirectImport;
import io.pxportal.exchange.ImportJobView;
import io.pxportal.exchange.ImportOptions;
import io.pxportal.exchange.ImportStatus;
import io.pxportal.exchange.ImportWizard;
import io.pxportal.shared.security.SystemAuthentication;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Benchmark 4 (docs/benchmarks.md, src/bench/import.sh): importing 1,000,000 usage rows from CSV into PostgreSQL
 * through the portal's own import — ImportWizard upload → validate → commit, the wizard's background jobs —
 * side by side with PostgreSQL's COPY of the same file, in the production jar at -Xmx512m.
 *
 * <p>Not part of the application: import.sh puts this class on the production jar's class path
 * (PropertiesLauncher, {@code loader.path}); it runs only when {@code px.bench.import.out} is set, writes
 * {@code import-runs.tsv} and {@code import.md} there, and then stops the application.
 */
@Component
@ConditionalOnProperty("px.bench.import.out")
class ImportBenchRunner implements ApplicationRunner {

    private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
    private static final String[] ENVIRONMENTS = {"PRODUCTION", "TEST", "DR"};
    private static final int PLATFORMS = 100;
    private static final int LINES_PER_PLATFORM = 2;
    private static final String FILE_COLUMNS = "platform text, metric text, contract text, product text,"
            + " environment text, measured_from date, measured_to date, quantity numeric(19, 2), source text";

    private final ImportWizard wizard;
    private final DirectImport imports;
    private final ConfigurableApplicationContext context;
    private final Path out;
    private final int rows;
    private final int runs;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final CopyOfWritten written;

    ImportBenchRunner(
            ImportWizard wizard,
            DirectImport imports,
            ConfigurableApplicationContext context,
            @Value("${px.bench.import.out}") Path out,
            @Value("${px.bench.import.rows:1000000}") int rows,
            @Value("${px.bench.import.runs:3}") int runs,
            @Value("${spring.datasource.url}") String jdbcUrl,
            @Value("${spring.datasource.username}") String user,
            @Value("${spring.datasource.password:}") String password) {
        this.wizard = wizard;
        this.imports = imports;
        this.context = context;
        this.out = out;
        this.rows = rows;
        this.runs = runs;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.written = new CopyOfWritten(out, "usage_measurement", "usage_measurement_aud");
    }

    /** One measured run: milliseconds and heap figures. */
    record Run(
            int run,
            long copyPlainMs,
            long copyIndexedMs,
            long copyTargetMs,
            long uploadMs,
            long validateMs,
            long commitMs,
            long heapPeakMb,
            long heapAfterGcMaxMb,
            String outcome) {}

    @Override
    public void run(ApplicationArguments args) throws Exception {
        int status = 0;
        try {
            Files.createDirectories(out);
            Path csv = out.resolve("usage-" + rows + ".csv");
            if (!Files.exists(csv)) {
                writeUsageFile(csv);
            }
            SystemAuthentication.runAs("bench", this::loadReferenceData);
            List<Run> measured = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                measured.add(measure(run, csv));
                log(measured.getLast().toString());
            }
            long[] again = reimport(csv);
            written.deleteFiles();
            report(csv, measured, again);
        } catch (Exception | Error e) {
            status = 1;
            e.printStackTrace();
        }
        int exit = status;
        new Thread(() -> System.exit(SpringApplication.exit(context, () -> exit))).start();
    }

    /** 100 platforms × 2 named-user lines × 3 environments × one count a day back from 2025-12-31. */
    private void writeUsageFile(Path csv) throws IOException {
        log("writing " + csv);
        try (BufferedWriter writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            writer.write("Platform,Metric,Contract,Product,Environment,From,To,Quantity,Source\n");
            int days = (rows + PLATFORMS * LINES_PER_PLATFORM * ENVIRONMENTS.length - 1)
                    / (PLATFORMS * LINES_PER_PLATFORM * ENVIRONMENTS.length);
            int written = 0;
            for (int p = 0; p < PLATFORMS && written < rows; p++) {
                for (int line = 0; line < LINES_PER_PLATFORM && written < rows; line++) {
                    for (String environment : ENVIRONMENTS) {
                        for (int day = 0; day < days && written < rows; day++, written++) {
                            long quantity = (p * 7919L + line * 104729L + day * 31L) % 5000;
                            writer.write(String.format(
                                    Locale.ROOT,
                                    "Bench Platform %03d,NAMED_USER,BENCH-%03d," + "Module %d,%s,%s,,%d,IMPORTED%n",
                                    p,
                                    p,
                                    line,
                                    environment,
                                    LAST_DAY.minusDays(day),
                                    quantity));
                        }
                    }
                }
            }
        }
    }

    /** Vendor, platforms, contracts and entitlements, through the portal's own import (idempotent). */
    private void loadReferenceData() {
        importNow("vendors", "name\nBench Vendor\n");
        StringBuilder platforms = new StringBuilder("name,vendor,product,deployment,lifecycle,environments\n");
        StringBuilder contracts =
                new StringBuilder("number,title,vendor,platforms,start,initialTermMonths,renewalType,currency\n");
        StringBuilder lines = new StringBuilder("contract,platform,product,metric,quantity\n");
        for (int p = 0; p < PLATFORMS; p++) {
            String platform = String.format(Locale.ROOT, "Bench Platform %03d", p);
            String contract = String.format(Locale.ROOT, "BENCH-%03d", p);
            platforms.append(platform).append(",Bench Vendor,Bench CCM,ON_PREM,SUSTAIN,\"PRODUCTION; TEST; DR\"\n");
            contracts
                    .append(contract)
                    .append(",Bench contract,Bench Vendor,")
                    .append(platform)
                    .append(",2020-01-01,120,NONE,EUR\n");
            for (int line = 0; line < LINES_PER_PLATFORM; line++) {
                lines.append(contract)
                        .append(',')
                        .append(platform)
                        .append(",Module ")
                        .append(line)
                        .append(",NAMED_USER,5000\n");
            }
        }
        importNow("platforms", platforms.toString());
        importNow("contracts", contracts.toString());
        importNow("entitlements", lines.toString());
    }

    private void importNow(String type, String csv) {
        log(type + ": "
                + imports.importNow(
                        type,
                        type + ".csv",
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                        ImportOptions.defaults()));
    }

    private Run measure(int run, Path csv) throws Exception {
        long copyPlain = copy(csv, "create table bench_copy (" + FILE_COLUMNS + ")");
        long copyIndexed = copy(
                csv,
                "create table bench_copy (id bigint generated by default as identity primary key, "
                        + FILE_COLUMNS + ", unique (platform, metric, contract, product, environment, measured_from));"
                        + " create index bench_copy_window on bench_copy (platform, metric, contract, product, measured_to)");
        sql("truncate usage_measurement_aud, usage_measurement; checkpoint");

        HeapWatch heap = new HeapWatch();
        long[] times = new long[3];
        ImportJobView[] job = new ImportJobView[1];
        SystemAuthentication.runAs("bench", () -> {
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(csv)) {
                job[0] = wizard.upload("usage", csv.getFileName().toString(), in, ImportOptions.defaults());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            long uploaded = System.nanoTime();
            wizard.validate(job[0].id(), wizard.preview(job[0].id(), 0).mapping());
            ImportStatus validated = await(job[0].id());
            long valid = System.nanoTime();
            if (validated != ImportStatus.VALID) {
                throw new IllegalStateException("validation ended " + wizard.job(job[0].id()));
            }
            wizard.commit(job[0].id());
            ImportStatus committed = await(job[0].id());
            long done = System.nanoTime();
            if (committed != ImportStatus.DONE) {
                throw new IllegalStateException("commit ended " + wizard.job(job[0].id()));
            }
            times[0] = (uploaded - start) / 1_000_000;
            times[1] = (valid - uploaded) / 1_000_000;
            times[2] = (done - valid) / 1_000_000;
            job[0] = wizard.job(job[0].id());
        });
        heap.stop();
        long copyTarget = copyTarget();
        return new Run(
                run,
                copyPlain,
                copyIndexed,
                copyTarget,
                times[0],
                times[1],
                times[2],
                heap.peakMb(),
                heap.afterGcMaxMb(),
                String.valueOf(job[0].outcome()));
    }

    /** The same file again through the API's one-call import: nothing changes. */
    private long[] reimport(Path csv) {
        long[] result = new long[1];
        SystemAuthentication.runAs("bench", () -> {
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(csv)) {
                log("re-import: " + imports.importNow("usage", "again.csv", in, ImportOptions.defaults()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            result[0] = (System.nanoTime() - start) / 1_000_000;
        });
        return result;
    }

    private ImportStatus await(long jobId) {
        while (true) {
            ImportJobView job = wizard.job(jobId);
            if (!job.status().isRunning()) {
                return job.status();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** PostgreSQL's own COPY of the file (pgjdbc CopyManager, as psql's \copy does) into a fresh table: ms. */
    private long copy(Path csv, String createTable) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            execute(connection, "drop table if exists bench_copy; " + createTable + "; checkpoint");
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(csv)) {
                long copied = connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "copy bench_copy (platform, metric, contract, product, environment, measured_from,"
                                        + " measured_to, quantity, source) from stdin with (format csv, header true)",
                                in);
                if (copied != rows) {
                    throw new IllegalStateException("COPY loaded " + copied + " rows");
                }
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            execute(connection, "drop table bench_copy");
            return ms;
        }
    }

    /** The third reference: every row the import wrote, COPY'd into tables like the import's (see the class): ms. */
    private long copyTarget() throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            return written.time(connection);
        }
    }

    private void sql(String statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            execute(connection, statements);
        }
    }

    private static void execute(Connection connection, String statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements.split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }

    private void report(Path csv, List<Run> measured, long[] again) throws IOException {
        List<String> tsv = new ArrayList<>(List.of("run\tcopy_plain_ms\tcopy_indexed_ms\tcopy_target_ms\tupload_ms"
                + "\tvalidate_ms\tcommit_ms\theap_peak_mb\theap_after_gc_max_mb\toutcome"));
        measured.forEach(r -> tsv.add(r.run() + "\t" + r.copyPlainMs() + "\t" + r.copyIndexedMs() + "\t"
                + r.copyTargetMs() + "\t" + r.uploadMs() + "\t" + r.validateMs() + "\t" + r.commitMs() + "\t"
                + r.heapPeakMb() + "\t" + r.heapAfterGcMaxMb() + "\t" + r.outcome()));
        Files.write(out.resolve("import-runs.tsv"), tsv);

        long copyPlain = median(measured, Run::copyPlainMs);
        long copyIndexed = median(measured, Run::copyIndexedMs);
        long copyTarget = median(measured, Run::copyTargetMs);
        long commit = median(measured, Run::commitMs);
        long wizard = median(measured, r -> r.uploadMs() + r.validateMs() + r.commitMs());
        List<String> md = new ArrayList<>();
        md.add("## Import of " + String.format(Locale.ROOT, "%,d", rows) + " usage rows (" + measured.size()
                + " runs, medians)");
        md.add("");
        md.add("- file: " + csv.getFileName() + ", " + Files.size(csv) / (1024 * 1024) + " MB; JVM "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB max heap");
        md.add("");
        md.add("| step | median | rows/s | portal ÷ COPY (rate) |");
        md.add("|---|---:|---:|---:|");
        md.add(row("COPY into a plain table (file's columns, no index)", copyPlain, copyPlain));
        md.add(row("COPY into a table with the same indexes as usage_measurement", copyIndexed, copyPlain));
        md.add(row(
                "COPY of every row the import wrote (measurements with ids, audit rows) into tables like"
                        + " usage_measurement and its audit table (same keys, indexes, foreign keys)",
                copyTarget,
                copyPlain));
        md.add(row("portal: upload (store the file)", median(measured, Run::uploadMs), copyPlain));
        md.add(row(
                "portal: validate (read, check, stage every row; write nothing)",
                median(measured, Run::validateMs),
                copyPlain));
        md.add(row("portal: commit (read, check, stage, merge, audit)", commit, copyPlain));
        md.add(row("portal: upload + validate + commit (the wizard)", wizard, copyPlain));
        md.add(row("portal: re-import of the same file, nothing changes (API, one run)", again[0], copyPlain));
        md.add("");
        md.add(String.format(
                Locale.ROOT,
                "- commit rate ÷ COPY rate: **%.0f %%** (plain table), **%.0f %%** "
                        + "(indexed table), **%.0f %%** (every row the import wrote, into tables with the same keys, indexes"
                        + " and foreign keys)",
                100.0 * copyPlain / commit,
                100.0 * copyIndexed / commit,
                100.0 * copyTarget / commit));
        md.add("- heap during the import (per run): peak used "
                + measured.stream().map(r -> r.heapPeakMb() + " MB").toList() + ", largest heap after a GC "
                + measured.stream().map(r -> r.heapAfterGcMaxMb() + " MB").toList());
        md.add("- outcomes: " + measured.stream().map(Run::outcome).toList());
        Files.write(out.resolve("import.md"), md);
        md.forEach(ImportBenchRunner::log);
    }

    private String row(String step, long ms, long copyMs) {
        return String.format(
                Locale.ROOT,
                "| %s | %.2f s | %,.0f | %.0f %% |",
                step,
                ms / 1000.0,
                rows * 1000.0 / Math.max(1, ms),
                100.0 * copyMs / Math.max(1, ms));
    }

    private static long median(List<Run> runs, java.util.function.ToLongFunction<Run> value) {
        long[] values = runs.stream().mapToLong(value).sorted().toArray();
        return values.length % 2 == 1
                ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    private static void log(String line) {
        System.out.println("[import-bench] " + line);
    }

    /**
     * PostgreSQL's COPY of every row an import wrote — the rows exactly as stored, ids resolved, with their audit
     * rows — into fresh tables {@code bench_<table>} created {@code like <table> including all} (same columns,
     * keys and indexes) with the same foreign keys (those between the listed tables point at the copies). The
     * first call saves the rows to files (this database's ids); every call times the COPY of the files: what
     * PostgreSQL itself achieves writing the same rows under the same constraints. Nested so that the jar-side
     * runner carries it ({@code ImportBenchRunner*.class}); the ticket bench uses it too.
     */
    static final class CopyOfWritten {

        private final Path dir;
        private final List<String> tables;
        private boolean saved;

        /** {@code tables} in the order they can be filled (a referenced table before the one referring to it). */
        CopyOfWritten(Path dir, String... tables) {
            this.dir = dir;
            this.tables = List.of(tables);
        }

        long time(Connection connection) throws SQLException, IOException {
            var copies = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                if (!saved) {
                    try (var file = Files.newOutputStream(dir.resolve(table + ".tsv"))) {
                        copies.copyOut("copy " + table + " to stdout", file);
                    }
                }
                execute(
                        connection,
                        "drop table if exists bench_" + table + " cascade; create table bench_" + table + " (like "
                                + table + " including all)");
                for (String key : foreignKeys(connection, table)) {
                    for (String other : tables) {
                        key = key.replace("REFERENCES " + other + "(", "REFERENCES bench_" + other + "(");
                    }
                    execute(connection, "alter table bench_" + table + " add " + key);
                }
            }
            saved = true;
            execute(connection, "checkpoint");
            long start = System.nanoTime();
            for (String table : tables) {
                try (InputStream in = Files.newInputStream(dir.resolve(table + ".tsv"))) {
                    copies.copyIn("copy bench_" + table + " from stdin", in);
                }
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            for (String table : tables.reversed()) {
                execute(connection, "drop table bench_" + table);
            }
            return ms;
        }

        /** The saved rows take about as much disk as the tables; they go when the bench is done. */
        void deleteFiles() throws IOException {
            for (String table : tables) {
                Files.deleteIfExists(dir.resolve(table + ".tsv"));
            }
        }

        private static List<String> foreignKeys(Connection connection, String table) throws SQLException {
            List<String> keys = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    var found = statement.executeQuery("select pg_get_constraintdef(oid) from pg_constraint"
                            + " where conrelid = '" + table + "'::regclass and contype = 'f'")) {
                while (found.next()) {
                    keys.add(found.getString(1));
                }
            }
            return keys;
        }
    }

    /**
     * Heap while an import runs: the peak of "used" over the heap pools (reset at the start; an upper bound, since
     * the pools' peaks need not coincide), sampled total use every 10 ms, and the largest heap after a GC.
     */
    static final class HeapWatch {

        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        private final AtomicLong sampledMax = new AtomicLong();
        private final AtomicLong afterGcMax = new AtomicLong();
        private final Thread sampler;
        private final javax.management.NotificationListener listener;
        private volatile boolean running = true;

        HeapWatch() {
            System.gc();
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            listener = (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e ->
                                    pools.stream().anyMatch(p -> p.getName().equals(e.getKey())))
                            .mapToLong(e -> e.getValue().getUsed())
                            .sum();
                    afterGcMax.accumulateAndGet(used, Math::max);
                }
            };
            ManagementFactory.getGarbageCollectorMXBeans()
                    .forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(listener, null, null));
            LongSupplier used = () ->
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            sampler = Thread.ofPlatform().daemon().start(() -> {
                while (running) {
                    sampledMax.accumulateAndGet(used.getAsLong(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                try {
                    ((NotificationEmitter) gc).removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    // never added to this one
                }
            }
        }

        long peakMb() {
            long pooled = pools.stream()
                    .map(MemoryPoolMXBean::getPeakUsage)
                    .mapToLong(MemoryUsage::getUsed)
                    .sum();
            return Math.max(pooled, sampledMax.get()) / (1024 * 1024);
        }

        long afterGcMaxMb() {
            return afterGcMax.get() / (1024 * 1024);
        }
    }
}

package io.pxportal.bench;

import io.pxportal.PxPortalApplication;
import io.pxportal.shared.domain.IdSequenceMigration;
import io.pxportal.support.SupportBenchData;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database of the mixed load test ({@code src/bench/load-mix.sh}, {@link MixSimulation}): an embedded
 * PostgreSQL 17 on {@code bench.pgPort} (5447) whose data directory ({@code bench.pgData}) outlives the run, filled
 * once per size — the demo data at {@code bench.demoScale} (100), loaded by the portal's own demo runners, then
 * {@link FinanceOverviewData}'s {@code bench.lines} cost lines (1,000,000) and {@link SupportBenchData}'s
 * {@code bench.tickets} tickets (1,000,000) — and reused as it is when the sizes are the same. Then it serves the
 * portal under test until the file {@code bench.stopFile} appears (the script makes it when the load test is over),
 * {@code bench.holdMinutes} (240) at most. It writes {@code bench.readyFile} when the database can be used.
 *
 * <p>Not a test (no surefire pattern matches it): the script runs it with Maven in the background.
 */
class LoadMixDatabase {

    private static final Logger log = LoggerFactory.getLogger(LoadMixDatabase.class);

    private final int port = Integer.getInteger("bench.pgPort", 5447);
    private final Path data = Path.of(System.getProperty("bench.pgData", "target/bench/work/load-mix-pg"))
            .toAbsolutePath();
    private final Path ready = Path.of(System.getProperty("bench.readyFile", "target/bench/work/load-mix-pg.ready"));
    private final Path stop = Path.of(System.getProperty("bench.stopFile", "target/bench/work/load-mix-pg.stop"));
    private final int scale = Integer.getInteger("bench.demoScale", 100);
    private final int lines = Integer.getInteger("bench.lines", 1_000_000);
    private final int tickets = Integer.getInteger("bench.tickets", 1_000_000);
    private final Duration hold = Duration.ofMinutes(Integer.getInteger("bench.holdMinutes", 240));

    @Test
    void serve() throws Exception {
        String size = "scale " + scale + ", " + lines + " cost lines, " + tickets + " tickets";
        Path loaded = data.resolveSibling(data.getFileName() + ".loaded");
        boolean reuse = Files.exists(data.resolve("PG_VERSION"))
                && Files.exists(loaded)
                && Files.readString(loaded).trim().equals(size);
        if (!reuse) {
            Files.deleteIfExists(loaded);
            delete(data);
        }
        Files.createDirectories(data);
        Files.deleteIfExists(stop);
        try (EmbeddedPostgres postgres = BenchPostgres.start(port, data)) {
            if (reuse) {
                log.info("Reusing the database in {} ({})", data, size);
            } else {
                long started = System.nanoTime();
                load(postgres);
                Files.writeString(loaded, size + "\n");
                log.info("Loaded {} in {} s", size, (System.nanoTime() - started) / 1_000_000_000L);
            }
            Files.writeString(ready, postgres.getJdbcUrl("postgres", "postgres") + "\n");
            Instant until = Instant.now().plus(hold);
            while (!Files.exists(stop) && Instant.now().isBefore(until)) {
                Thread.sleep(500);
            }
        } finally {
            Files.deleteIfExists(ready);
        }
    }

    /** The portal's demo runners (in a context of its own, closed afterwards: its schedulers must not run on), then the generators. */
    private void load(EmbeddedPostgres postgres) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PxPortalApplication.class)
                .profiles("demo")
                // command-line arguments: they outrank application.properties
                .run(
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--px.demo.scale=" + scale,
                        "--server.port=0",
                        "--logging.level.root=WARN",
                        "--logging.level.io.pxportal=INFO")) {
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            List<String> pooled = jdbc.queryForList("""
                    select t.relname from pg_class t
                    join pg_class s on s.relname = t.relname || '_seq' and s.relkind = 'S'
                    where t.relkind = 'r' and t.relnamespace = 'public'::regnamespace""", String.class);
            // The generators insert without ids: the identity defaults must start above the rows made so far
            for (String table : pooled) {
                jdbc.queryForList("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "(select coalesce(max(id), 0) + 1 from " + table + "), false)");
            }
            log.info("Demo data at scale {} loaded; adding {} cost lines", scale, lines);
            FinanceOverviewData.load(jdbc, lines, LocalDate.now());
            log.info("Adding {} tickets", tickets);
            SupportBenchData.load(context, tickets, Instant.now());
            // ... and the portal's pooled sequences a block above the generated rows (IdSequenceMigration)
            for (String table : pooled) {
                jdbc.queryForList("select setval('" + table + "_seq', (select coalesce(max(id), 0) from " + table
                        + ") + " + IdSequenceMigration.ALLOCATION + ")");
            }
            jdbc.execute("vacuum analyze");
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> all = Files.walk(directory)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

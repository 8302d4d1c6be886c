package io.pxportal.shared.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PxPortalApplication;
import io.pxportal.finance.CostLineFilter;
import io.pxportal.finance.CostLineService;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorRow;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.security.Role;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The backup and restore of docs/deployment.md, done as written: the portal's demo data in PostgreSQL, dumped with
 * {@code pg_dump --format=custom}, restored with {@code pg_restore} into a fresh database, and the portal started
 * on that one: Flyway validates the restored history with nothing pending, and the same figures appear.
 *
 * <p>The embedded binaries the other tests use have no {@code pg_dump}; the client comes from the {@code PATH}
 * (Debian's {@code postgresql-client}, 15), and a {@code pg_dump} refuses a server newer than itself, so the server
 * here is the embedded PostgreSQL 15 that the build copies to {@code target/postgres-15} (system property
 * {@code px.test.postgres15}).
 */
class BackupRestoreIT {

    static final EmbeddedPostgres POSTGRES = postgres15();

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }

    @Test
    void a_dump_restored_into_a_fresh_database_runs_the_portal_with_the_same_figures() throws Exception {
        Map<String, Object> before;
        try (ConfigurableApplicationContext portal = portal("postgres", "demo")) {
            before = figures(portal);
        }
        assertThat((Long) before.get("vendors")).isPositive();
        assertThat((Long) before.get("cost lines")).isPositive();

        Path dump = Files.createTempDirectory("px-backup").resolve("pxportal.dump");
        run(
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--file=" + dump,
                "--host=localhost",
                "--port=" + POSTGRES.getPort(),
                "--username=postgres",
                "postgres");
        new JdbcTemplate(POSTGRES.getPostgresDatabase()).execute("create database restored");
        run(
                "pg_restore",
                "--no-owner",
                "--exit-on-error",
                "--dbname=restored",
                "--host=localhost",
                "--port=" + POSTGRES.getPort(),
                "--username=postgres",
                dump.toString());

        // No demo profile: the restored database must carry everything itself.
        try (ConfigurableApplicationContext portal = portal("restored")) {
            Flyway flyway = portal.getBean(Flyway.class);
            flyway.validate();
            assertThat(flyway.info().pending()).isEmpty();
            assertThat(flyway.info().current().getVersion()).isNotNull();
            assertThat(figures(portal)).isEqualTo(before);
        }
    }

    /** Row counts of every table, money per currency, and what the services count and list. */
    private static Map<String, Object> figures(ConfigurableApplicationContext portal) {
        JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
        Map<String, Object> figures = new LinkedHashMap<>();
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""", String.class);
        assertThat(tables).contains("vendor", "platform", "contract", "cost_line", "revinfo", "flyway_schema_history");
        for (String table : tables) {
            figures.put("rows of " + table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        figures.put(
                "cost per currency",
                jdbc.queryForList(
                        "select currency, sum(amount) as total from cost_line group by currency order by currency"));
        as(() -> {
            VendorService vendors = portal.getBean(VendorService.class);
            figures.put("vendors", vendors.count(null));
            figures.put(
                    "first vendors",
                    vendors.page(null, PageRequest.of(0, 10, Sort.by("name"))).stream()
                            .map(VendorRow::name)
                            .toList());
            figures.put("platforms", portal.getBean(PlatformService.class).count(PlatformFilter.all()));
            figures.put("cost lines", portal.getBean(CostLineService.class).count(CostLineFilter.all()));
            return null;
        });
        return figures;
    }

    private static ConfigurableApplicationContext portal(String database, String... profiles) {
        return new SpringApplicationBuilder(PxPortalApplication.class)
                .profiles(profiles)
                .run(
                        "--spring.datasource.url=" + POSTGRES.getJdbcUrl("postgres", database),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.jmx.enabled=false",
                        "--px.demo.password=demo");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES))
                .as(command[0] + " ended")
                .isTrue();
        assertThat(process.exitValue()).as(command[0] + " said: " + output).isZero();
    }

    private static <T> T as(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static EmbeddedPostgres postgres15() {
        Path jar = Path.of(System.getProperty("px.test.postgres15", "target/postgres-15/postgres-15.jar"));
        try {
            return EmbeddedPostgres.builder()
                    .setPgBinaryResolver((system, machine) -> {
                        ZipFile zip = new ZipFile(jar.toFile());
                        List<ZipEntry> bundles = new ArrayList<>();
                        zip.stream()
                                .filter(e ->
                                        e.getName().equalsIgnoreCase("postgres-" + system + "-" + machine + ".txz"))
                                .forEach(bundles::add);
                        if (bundles.isEmpty()) {
                            zip.close();
                            throw new IOException("No PostgreSQL 15 for " + system + "-" + machine + " in " + jar);
                        }
                        InputStream in = zip.getInputStream(bundles.getFirst());
                        return new java.io.FilterInputStream(in) {
                            @Override
                            public void close() throws IOException {
                                super.close();
                                zip.close();
                            }
                        };
                    })
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL 15 did not start", e);
        }
    }
}

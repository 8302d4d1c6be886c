package io.pxportal.shared.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.pxportal.EmbeddedPostgresServer;
import io.pxportal.PxPortalApplication;
import io.pxportal.TestLogins;
import io.pxportal.exchange.ImportJobView;
import io.pxportal.exchange.ImportOptions;
import io.pxportal.exchange.ImportStatus;
import io.pxportal.exchange.ImportWizard;
import io.pxportal.finance.CostLineFilter;
import io.pxportal.finance.CostLineService;
import io.pxportal.finance.CostLineView;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorDetails;
import io.pxportal.portfolio.VendorDraft;
import io.pxportal.portfolio.VendorRow;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.security.Role;
import io.pxportal.support.AvailabilityService;
import io.pxportal.support.CreditService;
import io.pxportal.support.CreditView;
import io.pxportal.support.OutageDraft;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two portal nodes (two Spring application contexts with their own ports, schedulers and import folders) on one
 * PostgreSQL database, as behind a load balancer: a daily job runs once for both, an event is handled once, an
 * import and a saved change on one node are seen on the other at once, and two people saving the same record on
 * the two nodes never overwrite each other. Runs under failsafe in a JVM of its own.
 */
class TwoNodesIT {

    private static final String ADMIN = "admin";
    private static final String SCAN = "alert-scan";
    private static final String DIGEST = "alert-digest";

    static EmbeddedPostgres postgres;
    static GreenMail smtp;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() throws IOException {
        postgres = EmbeddedPostgresServer.start();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        // One after the other, as a rolling start does: the first node migrates the schema and loads the demo data.
        nodeA = node("a");
        SecurityContextHolderStrategy strategyOfA = SecurityContextHolder.getContextHolderStrategy();
        nodeB = node("b");
        shareThreadLocals(strategyOfA, SecurityContextHolder.getContextHolderStrategy());
    }

    /**
     * Each node installs its own security-context strategy in Spring Security's static holder, and the second one
     * wins, while the first node's method security still asks its own: in one JVM (two nodes are two JVMs in
     * production) both are made to keep the signed-in user in the same thread-local, so that a user or a job signed
     * in on a thread is seen by both nodes.
     */
    private static void shareThreadLocals(SecurityContextHolderStrategy first, SecurityContextHolderStrategy second) {
        if (first == second) {
            return;
        }
        try {
            for (Field field : first.getClass().getDeclaredFields()) {
                if (field.getType() == ThreadLocal.class && !Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    field.set(first, field.get(second));
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopNodes() throws IOException {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static ConfigurableApplicationContext node(String name) throws IOException {
        // Arguments, not default properties: they must win over application.properties (the management port).
        List<String> arguments = List.of(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=6",
                "--server.port=0",
                "--management.server.port=0",
                "--spring.jmx.enabled=false",
                "--spring.application.admin.enabled=false",
                "--px.demo.password=demo",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                // Each node its own import folder, as deployment.md allows: progress lives in the database.
                "--px.import.dir=" + Files.createTempDirectory("px-node-" + name + "-imports"));
        return new SpringApplicationBuilder(PxPortalApplication.class)
                .profiles("demo")
                .run(arguments.toArray(String[]::new));
    }

    @Test
    void the_daily_jobs_run_once_for_both_nodes() throws Exception {
        for (String job : List.of(SCAN, DIGEST)) {
            double before = runs(nodeA, job) + runs(nodeB, job);
            int mailsBefore = smtp.getReceivedMessages().length;

            // The schedulers of both nodes fire at the same moment.
            simultaneously(() -> trigger(nodeA, job), () -> trigger(nodeB, job));
            assertThat(runs(nodeA, job) + runs(nodeB, job) - before)
                    .as(job + " runs at once")
                    .isEqualTo(1);

            // A node whose clock is a few seconds behind fires after the first run has already ended.
            Thread.sleep(1500);
            trigger(nodeB, job);
            trigger(nodeA, job);
            assertThat(runs(nodeA, job) + runs(nodeB, job) - before)
                    .as(job + " runs in all")
                    .isEqualTo(1);
            if (job.equals(DIGEST)) {
                int sent = smtp.getReceivedMessages().length - mailsBefore;
                assertThat(sent).as("digests of one run").isPositive();
                assertThat(sent).isEqualTo(recipientsWithEmail());
            }
        }
    }

    @Test
    void a_granted_service_credit_becomes_one_cost_line_with_both_nodes_running() {
        Clock clock = nodeA.getBean(Clock.class);
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        CreditView claimed = as(
                nodeA,
                ADMIN,
                () -> {
                    Long messagepoint = nodeA
                            .getBean(PlatformService.class)
                            .page(
                                    new PlatformFilter("Messagepoint Content Hub", null, null, null, false),
                                    PageRequest.of(0, 1))
                            .stream()
                            .map(PlatformDetails::id)
                            .findFirst()
                            .orElseThrow();
                    Instant down = lastMonth.atDay(12).atTime(8, 0).toInstant(ZoneOffset.UTC);
                    nodeA.getBean(AvailabilityService.class)
                            .record(new OutageDraft(
                                    messagepoint,
                                    down,
                                    down.plus(Duration.ofHours(12)),
                                    false,
                                    "Two nodes outage",
                                    null));
                    CreditView owed = credit(nodeA, lastMonth);
                    // The demo policy's claim window for last month is closed on the last day or two of some months.
                    assumeTrue(owed.assessment().windowOpen(), "claim window for " + lastMonth + " closed");
                    return nodeA.getBean(CreditService.class).claim(owed.policyId(), lastMonth, "two nodes");
                },
                Role.ADMIN);

        as(
                nodeA,
                ADMIN,
                () -> {
                    nodeA.getBean(CreditService.class)
                            .grant(claimed.creditId(), new BigDecimal("777.00"), "CN-NODES-1", claimed.version());
                    return null;
                },
                Role.ADMIN);

        String reference = "SERVICE-CREDIT-" + claimed.creditId();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> booked(nodeB, reference).size() == 1);
        // Long enough for a second delivery on the other node, had there been one.
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .until(() -> booked(nodeA, reference).size() == 1
                        && booked(nodeB, reference).size() == 1);
        assertThat(booked(nodeB, reference).getFirst().draft().amount()).isEqualByComparingTo("-777.00");
    }

    @Test
    void an_import_started_on_one_node_shows_its_progress_on_the_other() {
        int rows = 3000;
        StringBuilder csv = new StringBuilder("name,country\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("Two Nodes Vendor ").append(i).append(",DE\n");
        }
        ImportJobView uploaded = as(
                nodeA,
                ADMIN,
                () -> nodeA.getBean(ImportWizard.class)
                        .upload(
                                "vendors",
                                "two-nodes.csv",
                                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                                ImportOptions.defaults()),
                Role.ADMIN);
        assertThat(job(nodeB, uploaded.id()).status()).isEqualTo(ImportStatus.UPLOADED);

        as(
                nodeA,
                ADMIN,
                () -> nodeA.getBean(ImportWizard.class).validate(uploaded.id(), Map.of("name", 0, "country", 1)),
                Role.ADMIN);

        List<ImportJobView> seenOnB = new ArrayList<>();
        ImportJobView validated = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> {
                            ImportJobView view = job(nodeB, uploaded.id());
                            seenOnB.add(view);
                            return view;
                        },
                        view -> view.status() == ImportStatus.VALID);
        assertThat(validated.totalRows()).isEqualTo(rows);
        assertThat(validated.processedRows()).isEqualTo(rows);
        assertThat(validated.progress()).isEqualTo(1.0);
        assertThat(seenOnB).extracting(ImportJobView::status).contains(ImportStatus.VALIDATING);
        assertThat(job(nodeA, uploaded.id())).isEqualTo(validated);

        as(nodeA, ADMIN, () -> nodeA.getBean(ImportWizard.class).commit(uploaded.id()), Role.ADMIN);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> job(nodeB, uploaded.id()).status() == ImportStatus.DONE);
        assertThat(as(nodeB, ADMIN, () -> nodeB.getBean(VendorService.class).count("Two Nodes Vendor"), Role.ADMIN))
                .isEqualTo(rows);
    }

    @Test
    void a_change_saved_on_one_node_is_seen_on_the_other_at_once() {
        VendorDetails vendor = vendor(nodeB, "OpenText");
        assertThat(vendor(nodeA, "OpenText").notes()).isEqualTo(vendor.notes());

        VendorDetails saved = save(nodeA, vendor, "Seen on node B " + Instant.now());

        assertThat(vendor(nodeB, "OpenText").notes()).isEqualTo(saved.notes());
        assertThat(vendor(nodeB, "OpenText").version()).isEqualTo(saved.version());
        assertThat(as(
                        nodeB,
                        ADMIN,
                        () -> nodeB.getBean(VendorService.class).page(saved.name(), PageRequest.of(0, 5)),
                        Role.ADMIN))
                .extracting(VendorRow::name)
                .contains(saved.name());
    }

    @Test
    void two_people_saving_the_same_record_on_the_two_nodes_never_overwrite_each_other() throws Exception {
        // One after the other: the second save is based on a version that is no longer stored.
        VendorDetails opened = vendor(nodeA, "Quadient");
        VendorDetails first = save(nodeA, opened, "Saved first on node A");
        assertThatThrownBy(() -> save(nodeB, opened, "Saved second on node B"))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(vendor(nodeB, "Quadient").notes()).isEqualTo(first.notes());
    }

    @Test
    void two_people_saving_the_same_record_at_the_same_moment_on_the_two_nodes_never_overwrite_each_other()
            throws Exception {
        // At the same moment: both checks see the same version; the database lets only one save through.
        for (int round = 0; round < 15; round++) {
            VendorDetails both = vendor(nodeA, "Quadient");
            List<Object> outcomes = simultaneously(
                    () -> outcome(() -> save(nodeA, both, "Race on A")),
                    () -> outcome(() -> save(nodeB, both, "Race on B")));
            assertThat(outcomes)
                    .as("round %d: %s", round, outcomes)
                    .filteredOn(VendorDetails.class::isInstance)
                    .hasSize(1);
            assertThat(outcomes)
                    .as("round %d: %s", round, outcomes)
                    .filteredOn(ConcurrentEditException.class::isInstance)
                    .hasSize(1);
            VendorDetails winner = (VendorDetails) outcomes.stream()
                    .filter(VendorDetails.class::isInstance)
                    .findFirst()
                    .orElseThrow();
            assertThat(vendor(nodeB, "Quadient").notes()).isEqualTo(winner.notes());
            assertThat(vendor(nodeA, "Quadient").version()).isEqualTo(both.version() + 1);
        }
    }

    private static Object outcome(Supplier<?> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static VendorDetails save(ConfigurableApplicationContext node, VendorDetails vendor, String notes) {
        return as(
                node,
                ADMIN,
                () -> node.getBean(VendorService.class)
                        .update(
                                vendor.id(),
                                new VendorDraft(
                                        vendor.name(),
                                        vendor.country(),
                                        vendor.website(),
                                        vendor.accountManager(),
                                        notes,
                                        vendor.contacts(),
                                        vendor.version())),
                Role.ADMIN);
    }

    private static VendorDetails vendor(ConfigurableApplicationContext node, String name) {
        return as(
                node,
                ADMIN,
                () -> {
                    VendorService vendors = node.getBean(VendorService.class);
                    return vendors.get(vendors.findByName(name).orElseThrow().id());
                },
                Role.ADMIN);
    }

    private static ImportJobView job(ConfigurableApplicationContext node, long id) {
        return as(node, ADMIN, () -> node.getBean(ImportWizard.class).job(id), Role.ADMIN);
    }

    private static CreditView credit(ConfigurableApplicationContext node, YearMonth month) {
        return node.getBean(CreditService.class).credits(month, month).stream()
                .filter(c -> "MP-2026-01".equals(c.contractNumber()))
                .findFirst()
                .orElseThrow();
    }

    private static List<CostLineView> booked(ConfigurableApplicationContext node, String reference) {
        return as(
                node,
                ADMIN,
                () -> node
                        .getBean(CostLineService.class)
                        .page(new CostLineFilter(reference, null, null, null, null, null), PageRequest.of(0, 10))
                        .stream()
                        .filter(l -> reference.equals(l.draft().reference()))
                        .toList(),
                Role.ADMIN);
    }

    private int recipientsWithEmail() {
        Integer count =
                nodeA.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject("""
                select count(distinct a.recipient) from alert a join app_user u on u.username = a.recipient
                where a.resolved_at is null and a.acknowledged_at is null and u.email is not null and u.enabled
                """, Integer.class);
        return count == null ? 0 : count;
    }

    /** Runs a node's scheduled job as its scheduler does: the same runnable, through the lock. */
    private static Void trigger(ConfigurableApplicationContext node, String job) {
        String method = job.equals(SCAN) ? "AlertScanner.daily" : "AlertDigest.daily";
        ScheduledTask task = node.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(holder -> holder.getScheduledTasks().stream())
                .filter(t -> t.getTask().getRunnable().toString().endsWith(method))
                .findFirst()
                .orElseThrow();
        task.getTask().getRunnable().run();
        return null;
    }

    private static double runs(ConfigurableApplicationContext node, String job) {
        return node
                .getBean(MeterRegistry.class)
                .find(PortalMetrics.JOB_DURATION)
                .tag(PortalMetrics.TAG_JOB, job)
                .timers()
                .stream()
                .mapToDouble(Timer::count)
                .sum();
    }

    @SafeVarargs
    private static <T> List<T> simultaneously(Callable<T>... work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(work.length);
        ExecutorService threads = Executors.newFixedThreadPool(work.length);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> w : work) {
                futures.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return w.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Runs service calls on a node as a signed-in user, as that node's request threads do. */
    private static <T> T as(ConfigurableApplicationContext node, String username, Supplier<T> work, Role... roles) {
        return TestLogins.as(username, work, roles);
    }
}

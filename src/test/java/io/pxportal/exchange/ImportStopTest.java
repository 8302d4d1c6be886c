package io.pxportal.exchange;

import static io.pxportal.exchange.TestImports.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.TestLogins;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * No import is stuck and none holds another user's: a running validation or commit is cancelled by its user or an
 * admin (a cancelled commit writes nothing); the sweeper fails an import whose node is gone or that makes no
 * progress; two users' imports run side by side, while a user's own second one is refused. Each test has its own
 * users.
 */
@PortalIntegrationTest
class ImportStopTest {

    private static final int MANY = 20_000;
    private static final Duration LONG = Duration.ofMinutes(3);

    @Autowired
    ImportWizard wizard;

    @Autowired
    ImportJobRepository jobs;

    @Autowired
    ImportSweeper sweeper;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "stop-1", roles = "ADMIN")
    void a_running_validation_is_cancelled_by_its_user() {
        ImportJobView job =
                wizard.upload("vendors", "stop-1.csv", vendors("Stop Validate Vendor", MANY), ImportOptions.defaults());
        wizard.validate(job.id(), Map.of("name", 0));

        ImportJobView cancelling = wizard.cancel(job.id());

        assertThat(cancelling.cancelRequestedBy()).isEqualTo("stop-1");
        ImportJobView ended = finished(job.id());
        assertThat(ended.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(ended.messageKey()).isEqualTo("import.cancelled");
        assertThat(ended.messageArgument()).isEqualTo("stop-1");
        assertThat(wizard.unfinished()).isEmpty();
    }

    @Test
    @WithMockUser(username = "stop-2", roles = "ADMIN")
    void a_commit_cancelled_by_an_admin_writes_nothing() {
        ImportJobView job =
                wizard.upload("vendors", "stop-2.csv", vendors("Stop Commit Vendor", MANY), ImportOptions.defaults());
        wizard.validate(job.id(), Map.of("name", 0));
        assertThat(finished(job.id(), ImportStatus.VALID).status()).isEqualTo(ImportStatus.VALID);
        wizard.commit(job.id());

        assertThatThrownBy(() -> TestLogins.as("stop-2-colleague", () -> wizard.cancel(job.id()), Role.FINANCE))
                .isInstanceOf(AccessDeniedException.class);
        TestLogins.as("admin", () -> wizard.cancel(job.id()), Role.ADMIN);

        ImportJobView ended = finished(job.id());
        assertThat(ended.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(ended.messageKey()).isEqualTo("import.cancelled");
        assertThat(ended.messageArgument()).isEqualTo("admin");
        assertThat(jdbc.queryForObject("select count(*) from vendor where name like 'Stop Commit Vendor%'", Long.class))
                .isZero();
        assertThatThrownBy(() -> wizard.cancel(job.id()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("import.not-running"));
    }

    @Test
    @WithMockUser(username = "stop-3", roles = "ADMIN")
    void the_sweeper_fails_an_import_whose_node_is_gone_and_one_that_makes_no_progress() {
        Instant now = Instant.now();
        ImportJobView gone = TestImports.checkingSince(
                wizard,
                jobs,
                transactions,
                "gone.csv",
                "Stop Gone Vendor",
                now.minus(ImportHeartbeat.STALE_AFTER).minusSeconds(30));
        ImportJobView stuck = TestImports.checkingSince(
                wizard, jobs, transactions, "stuck.csv", "Stop Stuck Vendor", now.minus(Duration.ofMinutes(11)));
        ImportJobView alive = TestImports.checkingSince(
                wizard, jobs, transactions, "alive.csv", "Stop Alive Vendor", now.minusSeconds(30));
        // The stuck and the live import's node still beats; the gone one's stopped with its last progress.
        jdbc.update(
                "update import_job set node_id = 'other-node', heartbeat_at = ? where id in (?, ?)",
                java.sql.Timestamp.from(now),
                stuck.id(),
                alive.id());

        sweeper.sweep();

        assertThat(jobs.findById(gone.id()).orElseThrow().toView()).satisfies(job -> {
            assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
            assertThat(job.messageKey()).isEqualTo("import.interrupted");
        });
        assertThat(jobs.findById(stuck.id()).orElseThrow().toView()).satisfies(job -> {
            assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
            assertThat(job.messageKey()).isEqualTo("import.stalled");
            assertThat(job.messageArgument()).isEqualTo("10");
        });
        assertThat(jobs.findById(alive.id()).orElseThrow().getStatus()).isEqualTo(ImportStatus.VALIDATING);
        TestImports.stop(jobs, transactions, alive.id());
    }

    @Test
    void two_users_imports_run_side_by_side_and_a_users_second_import_is_refused() {
        ImportJobView first =
                TestLogins.as("stop-a", () -> validating("stop-a.csv", "Stop A Vendor", MANY), Role.ADMIN);
        ImportJobView second =
                TestLogins.as("stop-b", () -> validating("stop-b.csv", "Stop B Vendor", MANY), Role.ADMIN);

        ImportJobView small = TestLogins.as("stop-c", () -> validating("stop-c.csv", "Stop C Vendor", 3), Role.ADMIN);

        await().atMost(LONG).until(() -> jobs.findById(small.id()).orElseThrow().getStatus() == ImportStatus.VALID);
        assertThat(jobs.findById(first.id()).orElseThrow().getStatus()).isEqualTo(ImportStatus.VALIDATING);
        assertThat(jobs.findById(second.id()).orElseThrow().getStatus()).isEqualTo(ImportStatus.VALIDATING);

        ImportJobView another = TestLogins.as(
                "stop-a",
                () -> wizard.upload(
                        "vendors", "stop-a-2.csv", vendors("Stop A Second Vendor", 2), ImportOptions.defaults()),
                Role.ADMIN);
        assertThatThrownBy(() ->
                        TestLogins.as("stop-a", () -> wizard.validate(another.id(), Map.of("name", 0)), Role.ADMIN))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.user-busy");
                    assertThat(e.arguments()).containsExactly("stop-a.csv");
                });

        TestLogins.as("admin", () -> wizard.cancel(first.id()), Role.ADMIN);
        TestLogins.as("admin", () -> wizard.cancel(second.id()), Role.ADMIN);
        await().atMost(LONG)
                .until(() -> !jobs.findById(first.id())
                                .orElseThrow()
                                .getStatus()
                                .isRunning()
                        && !jobs.findById(second.id()).orElseThrow().getStatus().isRunning());
    }

    private ImportJobView validating(String fileName, String prefix, int rows) {
        ImportJobView job = wizard.upload("vendors", fileName, vendors(prefix, rows), ImportOptions.defaults());
        return wizard.validate(job.id(), Map.of("name", 0));
    }

    private ImportJobView finished(long jobId) {
        return await().atMost(LONG)
                .until(
                        () -> jobs.findById(jobId).orElseThrow().toView(),
                        job -> !job.status().isRunning());
    }

    private ImportJobView finished(long jobId, ImportStatus expected) {
        return await().atMost(LONG)
                .until(
                        () -> jobs.findById(jobId).orElseThrow().toView(),
                        job -> !job.status().isRunning() && job.status() == expected
                                || job.status().isFinished());
    }

    private static java.io.InputStream vendors(String prefix, int rows) {
        return csv("name\n"
                + IntStream.rangeClosed(1, rows).mapToObj(i -> prefix + " " + i).collect(Collectors.joining("\n"))
                + "\n");
    }
}

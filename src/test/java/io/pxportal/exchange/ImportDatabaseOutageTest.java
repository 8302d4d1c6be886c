package io.pxportal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;

/**
 * An import cut off by a database outage (found by src/bench/db-fault.sh: PostgreSQL stopped for 20 s under a
 * 1,000,000-row ticket import): recording the failure needs the database too, so it is tried again until the database
 * answers, and the job ends failed saying that nothing was written — not "running", not "something went wrong".
 */
@PortalIntegrationTest
class ImportDatabaseOutageTest {

    @Autowired
    ImportJobRepository jobs;

    @Autowired
    ImportJobErrorRepository jobErrors;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    ImportHeartbeat heartbeat;

    @Autowired
    ImportWizard wizard;

    /** The database as during an outage: the next {@code refusals} transactions cannot get a connection. */
    static final class Outage implements PlatformTransactionManager {
        private final PlatformTransactionManager database;
        final AtomicInteger refusals = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();

        Outage(PlatformTransactionManager database) {
            this.database = database;
        }

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) throws TransactionException {
            if (refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                refused.incrementAndGet();
                throw new CannotCreateTransactionException(
                        "Could not open JPA EntityManager for transaction",
                        new JDBCConnectionException(
                                "Unable to acquire JDBC Connection",
                                new SQLException("Connection to 127.0.0.1:5432 refused", "08001")));
            }
            return database.getTransaction(definition);
        }

        @Override
        public void commit(TransactionStatus status) throws TransactionException {
            database.commit(status);
        }

        @Override
        public void rollback(TransactionStatus status) throws TransactionException {
            database.rollback(status);
        }
    }

    @Test
    @WithMockUser(username = "outage-1", roles = "ADMIN")
    void an_import_cut_off_by_the_database_ends_failed_once_it_is_back_saying_nothing_was_written() {
        Outage outage = new Outage(transactions);
        ImportFailures failures = new ImportFailures(new ImportJobs(jobs, jobErrors, outage, heartbeat, clock), clock);
        ImportJobView job =
                TestImports.checkingSince(wizard, jobs, transactions, "outage.csv", "Outage Vendor", Instant.now());
        // The connection broke under the import; the database stays away for the next three attempts to say so.
        outage.refusals.set(3);

        failures.fail(
                job.id(),
                new DataAccessResourceFailureException(
                        "I/O error while writing",
                        new SQLException("An I/O error occurred while sending to the backend.", "08006")));

        assertThat(outage.refused).hasValue(3);
        ImportJobView failed = jobs.findById(job.id()).orElseThrow().toView();
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.messageKey()).isEqualTo("import.database-unavailable");
    }

    @Test
    void connection_faults_are_told_from_refused_statements() {
        assertThat(DatabaseFaults.unreachable(new DataAccessResourceFailureException("gone")))
                .isTrue();
        assertThat(DatabaseFaults.unreachable(new IllegalStateException(
                        "wrapped", new SQLException("terminating connection due to administrator command", "57P01"))))
                .isTrue();
        assertThat(DatabaseFaults.unreachable(
                        new IllegalStateException("wrapped", new SQLException("connection failure", "08006"))))
                .isTrue();
        assertThat(DatabaseFaults.unreachable(new DataIntegrityViolationException(
                        "duplicate key", new SQLException("duplicate key value violates unique constraint", "23505"))))
                .isFalse();
        assertThat(DatabaseFaults.unreachable(new IllegalArgumentException("bad row")))
                .isFalse();
    }
}

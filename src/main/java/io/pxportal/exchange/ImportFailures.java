package io.pxportal.exchange;

import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.operations.ErrorReference;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Ends an import that threw as failed, with why, so that it never stays "running": rejected rows are kept as its
 * errors (as a validation keeps them), a broken rule with its message, anything unexpected with the reference of
 * its log entry. While the database is unreachable it keeps trying.
 */
@Component
class ImportFailures {

    /** How long a failed import keeps trying to record its failure while the database is unreachable. */
    static final Duration RECORD_FAILURE_FOR = ImportHeartbeat.STALE_AFTER;

    private static final Logger log = LoggerFactory.getLogger(ImportFailures.class);

    private final ImportJobs jobs;
    private final Clock clock;

    ImportFailures(ImportJobs jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    /** Records the import as failed by {@code e}, trying again while the database is unreachable. */
    void fail(long jobId, RuntimeException e) {
        Instant now = clock.instant();
        // Most often the database that cut the import off is still away: keep trying to record the failure until it
        // is back, so the job does not stay "running" (then any node would fail it as interrupted, but only when
        // asked).
        long giveUpAt = System.nanoTime() + RECORD_FAILURE_FOR.toNanos();
        long pauseMillis = 250;
        while (true) {
            try {
                record(jobId, e, now);
                return;
            } catch (RuntimeException recording) {
                if (!DatabaseFaults.unreachable(recording) || System.nanoTime() > giveUpAt) {
                    throw recording;
                }
                log.warn(
                        "Import {} failed and the database is unreachable; recording the failure again in {} ms",
                        jobId,
                        pauseMillis);
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw recording;
                }
                pauseMillis = Math.min(pauseMillis * 2, 4_000);
            }
        }
    }

    private void record(long jobId, RuntimeException e, Instant now) {
        switch (e) {
            case ImportStoppedException stopped -> {
                // Failed already by another node (stuck, or its node gone): that reason stands.
                if (stopped.cancelledBy() != null) {
                    jobs.update(jobId, j -> j.cancelled(stopped.cancelledBy(), now));
                }
            }
            case ImportRejectedException rejected ->
                jobs.inOwnTransaction(() -> {
                    jobs.keepRowErrors(jobId, rejected.errors(), List.of());
                    jobs.get(jobId).rejected(rejected.errors().size(), now);
                });
            case OptimisticLockingFailureException conflict ->
                jobs.update(jobId, j -> j.failed("import.commit.conflict", null, now));
            // The same refusal, as a service the import called reports it (ConcurrentEditTranslation).
            case ConcurrentEditException conflict ->
                jobs.update(jobId, j -> j.failed("import.commit.conflict", null, now));
            case DomainException broken ->
                jobs.update(jobId, j -> j.failed(broken.messageKey(), argument(broken), now));
            case AccessDeniedException denied -> jobs.update(jobId, j -> j.failed("error.access-denied", null, now));
            // all rows are written in one transaction, so a connection lost on the way leaves nothing behind
            case RuntimeException unreachable
            when DatabaseFaults.unreachable(unreachable) ->
                jobs.update(jobId, j -> j.failed("import.database-unavailable", ErrorReference.log(unreachable), now));
            default -> jobs.update(jobId, j -> j.failed("error.unexpected", ErrorReference.log(e), now));
        }
    }

    private static Object argument(DomainException e) {
        return e.arguments().length == 0 ? null : e.arguments()[0];
    }
}

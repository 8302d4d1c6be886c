package io.pxportal.exchange;

import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import jobs as the import services read and change them. Each change runs in a transaction of its own
 * (REQUIRES_NEW) and is committed at once: the wizard's polling and other nodes see it while the import's own work
 * is still running, and a rollback of that work never takes the job's state with it.
 */
@Component
class ImportJobs {

    private final ImportJobRepository jobs;
    private final ImportJobErrorRepository jobErrors;
    private final TransactionTemplate newTransaction;
    private final ImportHeartbeat runningHere;
    private final Clock clock;

    ImportJobs(
            ImportJobRepository jobs,
            ImportJobErrorRepository jobErrors,
            PlatformTransactionManager transactions,
            ImportHeartbeat runningHere,
            Clock clock) {
        this.jobs = jobs;
        this.jobErrors = jobErrors;
        this.newTransaction = new TransactionTemplate(transactions);
        newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.runningHere = runningHere;
        this.clock = clock;
    }

    /** The import, when the current user owns it or is an admin. */
    ImportJob owned(long jobId) {
        ImportJob job = jobs.findById(jobId).orElseThrow(() -> new NotFoundException("import", jobId));
        boolean mine = CurrentUser.username().map(job.getUsername()::equals).orElse(false);
        if (!mine && !CurrentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("import " + jobId);
        }
        return job;
    }

    /** An owned import where it stands; one whose node stopped reporting while it ran is failed as interrupted. */
    ImportJobView view(long jobId) {
        ImportJob job = owned(jobId);
        if (runningHere.isStale(job)) {
            update(jobId, stale -> stale.failed("import.interrupted", null, clock.instant()));
            return owned(jobId).toView();
        }
        return job.toView();
    }

    /** The import as stored now, in the caller's transaction if there is one. */
    ImportJob get(long jobId) {
        return jobs.findById(jobId).orElseThrow();
    }

    Optional<ImportJob> find(long jobId) {
        return jobs.findById(jobId);
    }

    ImportJob create(ImportJob job) {
        return newTransaction.execute(s -> jobs.save(job));
    }

    void update(long jobId, Consumer<ImportJob> change) {
        newTransaction.executeWithoutResult(s -> change.accept(get(jobId)));
    }

    /** Runs several changes to an import and its row errors together, in a transaction of their own. */
    void inOwnTransaction(Runnable changes) {
        newTransaction.executeWithoutResult(s -> changes.run());
    }

    /** Asks the node running the import to stop it; false when it is not running any more. */
    boolean requestCancel(long jobId, String by) {
        return newTransaction.execute(s -> jobs.requestCancel(jobId, by)) != 0;
    }

    /** Progress of a running import (only its rows and time, never undoing a cancel request or a failure). */
    void progress(long jobId, long rows, Instant now) {
        newTransaction.executeWithoutResult(s -> jobs.progress(jobId, rows, now));
    }

    /** The user's latest import of the given origin. */
    Optional<ImportJob> latest(String username, ImportOrigin origin) {
        return jobs.findFirstByUsernameAndOriginOrderByIdDesc(username, origin);
    }

    /** The user's running wizard imports other than the given one. */
    List<ImportJob> othersRunning(ImportJob job) {
        return jobs.othersRunning(job.getUsername(), job.getId());
    }

    /**
     * Replaces the row errors and warnings kept for an import with those a pass found (errors first, in file order),
     * in the caller's transaction.
     */
    void keepRowErrors(long jobId, List<RowError> errors, List<RowError> warnings) {
        jobErrors.deleteByJobId(jobId);
        List<ImportJobError> rows = new ArrayList<>();
        for (int i = 0; i < errors.size(); i++) {
            rows.add(new ImportJobError(jobId, i, errors.get(i), false));
        }
        for (int i = 0; i < warnings.size(); i++) {
            rows.add(new ImportJobError(jobId, errors.size() + i, warnings.get(i), true));
        }
        jobErrors.saveAll(rows);
    }

    /** One page of an import's kept row errors, or of its warnings, in file order. */
    List<RowError> rowErrors(long jobId, boolean warnings, Pageable pageable) {
        return jobErrors.findByKeyJobIdAndWarningOrderByKeyPosition(jobId, warnings, pageable).stream()
                .map(ImportJobError::toRowError)
                .toList();
    }
}

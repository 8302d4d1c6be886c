package io.pxportal.exchange;

import io.pxportal.shared.operations.LogContext;
import io.pxportal.shared.operations.PortalMetrics;
import io.pxportal.shared.security.CurrentUser;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executor;
import org.slf4j.MDC;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs the wizard's long steps — validating every row, committing all or nothing — on the import pool, off the
 * request thread, with this node's heartbeat on the job. Whatever stops a step, the job ends saying why.
 */
@Component
class ImportRunner {

    private final ImportPasses passes;
    private final ImportJobs jobs;
    private final ImportFiles files;
    private final ImportFailures failures;
    private final ImportHeartbeat runningHere;
    private final ImportRunMetrics metrics;
    private final Executor executor;
    private final Clock clock;

    ImportRunner(
            ImportPasses passes,
            ImportJobs jobs,
            ImportFiles files,
            ImportFailures failures,
            ImportHeartbeat runningHere,
            ImportRunMetrics metrics,
            ThreadPoolTaskExecutor importPool,
            Clock clock) {
        this.passes = passes;
        this.jobs = jobs;
        this.files = files;
        this.failures = failures;
        this.runningHere = runningHere;
        this.metrics = metrics;
        this.executor = importPool;
        this.clock = clock;
    }

    /** Checks every row of an import that was moved to validating, in the background. */
    void validate(long jobId, RecordExchange<?> type) {
        inBackground(jobId, type, () -> runValidation(jobId, type));
    }

    /** Writes an import that was moved to committing, in the background. */
    void commit(long jobId, RecordExchange<?> type) {
        inBackground(jobId, type, () -> runCommit(jobId, type));
    }

    /**
     * Runs work on the import pool as the current user: their roles and ownership apply, and the audit trail
     * names them. (The context is read through the holder's current strategy, which Vaadin replaces at start-up.)
     * The log context names the user, the job and its type, so a failed job's trace is found by any of them.
     */
    private void inBackground(long jobId, RecordExchange<?> type, Runnable work) {
        SecurityContext context = SecurityContextHolder.getContext();
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        runningHere.started(jobId);
        jobs.update(jobId, j -> j.runOn(runningHere.node(), clock.instant()));
        try {
            executor.execute(() -> {
                SecurityContextHolder.setContext(context);
                if (logContext != null) {
                    MDC.setContextMap(logContext);
                }
                CurrentUser.username().ifPresent(user -> MDC.put(LogContext.USER, user));
                MDC.put(LogContext.IMPORT_JOB, Long.toString(jobId));
                MDC.put(LogContext.IMPORT_TYPE, type.type());
                try {
                    work.run();
                } finally {
                    runningHere.ended(jobId);
                    SecurityContextHolder.clearContext();
                    MDC.clear();
                }
            });
        } catch (RuntimeException e) {
            runningHere.ended(jobId);
            failures.fail(jobId, e);
            throw e;
        }
    }

    private void runValidation(long jobId, RecordExchange<?> type) {
        ImportJob job = jobs.get(jobId);
        long started = System.nanoTime();
        try {
            passes.checkpoint(jobId);
            ImportEngine.Parsed<?> parsed = passes.check(jobId, type, job);
            jobs.inOwnTransaction(() -> {
                passes.checkpoint(jobId);
                jobs.keepRowErrors(jobId, parsed.errors(), parsed.warnings());
                jobs.get(jobId).validated(parsed.rows(), parsed.errorCount(), parsed.repeated(), clock.instant());
            });
            metrics.ended(
                    type.type(),
                    ImportRunMetrics.STEP_VALIDATE,
                    parsed.errorCount() > 0 ? ImportRunMetrics.REJECTED : PortalMetrics.SUCCESS,
                    parsed.rows(),
                    started);
        } catch (RuntimeException e) {
            failures.fail(jobId, e);
            metrics.failed(type.type(), ImportRunMetrics.STEP_VALIDATE, e, started);
        }
    }

    private void runCommit(long jobId, RecordExchange<?> type) {
        ImportJob job = jobs.get(jobId);
        long started = System.nanoTime();
        try {
            passes.checkpoint(jobId);
            ImportOutcome outcome = passes.parseAndWrite(jobId, type, job.mapping());
            jobs.update(jobId, j -> j.committed(outcome, clock.instant()));
            files.delete(job);
            metrics.written(type.type(), ImportRunMetrics.STEP_COMMIT, outcome, started);
        } catch (RuntimeException e) {
            failures.fail(jobId, e);
            metrics.failed(type.type(), ImportRunMetrics.STEP_COMMIT, e, started);
        }
    }
}

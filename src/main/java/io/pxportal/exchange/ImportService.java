package io.pxportal.exchange;

import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.operations.ErrorReference;
import io.pxportal.shared.operations.LogContext;
import io.pxportal.shared.operations.PortalMetrics;
import io.pxportal.shared.ratelimit.RateLimitKind;
import io.pxportal.shared.ratelimit.RateLimiter;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports in steps: upload (stored, size-checked, readable?) → map columns (suggested from aliases) → validate
 * every row in the background → commit all or nothing in the background. Each step's state is an
 * {@link ImportJob}, so a page reload finds the import where it was. The job's owner (or an admin) sees it.
 */
@Service
public class ImportService {

    private static final long PROGRESS_EVERY_MS = 300;
    /** The steps and outcomes of an import run, as its metrics tell them (docs/deployment.md). */
    static final String STEP_VALIDATE = "validate";

    static final String STEP_COMMIT = "commit";
    static final String STEP_API = "api";
    static final String REJECTED = "rejected";
    static final String CANCELLED = "cancelled";
    /** Drafts written between two clearings of the persistence context (see {@link #writeInChunks}). */
    static final int WRITE_CHUNK = 500;
    /** How long a failed import keeps trying to record its failure while the database is unreachable. */
    static final Duration RECORD_FAILURE_FOR = ImportHeartbeat.STALE_AFTER;

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final ExchangeTypes types;
    private final HeaderMatcher headerMatcher;
    private final MessageSource messages;
    private final ImportEngine engine;
    private final ImportFiles files;
    private final ImportJobRepository jobs;
    private final ImportJobErrorRepository jobErrors;
    private final TransactionTemplate newTransaction;
    private final TransactionTemplate readPass;
    private final Executor executor;
    private final Clock clock;
    private final ImportHeartbeat runningHere;
    private final RateLimiter rateLimiter;
    private final PortalMetrics metrics;

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    ImportService(
            ExchangeTypes types,
            HeaderMatcher headerMatcher,
            MessageSource messages,
            ImportEngine engine,
            ImportFiles files,
            ImportJobRepository jobs,
            ImportJobErrorRepository jobErrors,
            PlatformTransactionManager transactions,
            ThreadPoolTaskExecutor importPool,
            Clock clock,
            ImportHeartbeat runningHere,
            RateLimiter rateLimiter,
            PortalMetrics metrics) {
        this.types = types;
        this.headerMatcher = headerMatcher;
        this.messages = messages;
        this.engine = engine;
        this.files = files;
        this.jobs = jobs;
        this.jobErrors = jobErrors;
        this.newTransaction = new TransactionTemplate(transactions);
        newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readPass = new TransactionTemplate(transactions);
        readPass.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        readPass.setReadOnly(true);
        this.executor = importPool;
        this.clock = clock;
        this.runningHere = runningHere;
        this.rateLimiter = rateLimiter;
        this.metrics = metrics;
    }

    /** The largest file accepted, in bytes. */
    @PreAuthorize("isAuthenticated()")
    public long maxFileSize() {
        return files.maxSize().toBytes();
    }

    /** The record types the current user may import. */
    @PreAuthorize("isAuthenticated()")
    public List<ImportTypeInfo> importableTypes() {
        return types.all().stream()
                .filter(RecordExchange::mayImport)
                .map(t -> new ImportTypeInfo(t.type(), t.labelKey(), t.columns()))
                .toList();
    }

    /** Stores an uploaded file as a new import and checks that it reads as a table; a bad file is refused now. */
    @PreAuthorize("isAuthenticated()")
    public ImportJobView upload(String type, String fileName, InputStream content, ImportOptions options) {
        return upload(type, fileName, content, options, ImportOrigin.WIZARD);
    }

    private ImportJobView upload(
            String type, String fileName, InputStream content, ImportOptions options, ImportOrigin origin) {
        types.importable(type);
        FileFormat format = FileFormat.ofFileName(fileName);
        String user = CurrentUser.username().orElseThrow();
        countImport(user);
        ImportJob job = newTransaction.execute(
                s -> jobs.save(new ImportJob(user, origin, type, fileName, format, options, clock.instant())));
        try {
            Path file = files.store(job, content);
            if (engine.sample(file, format, options, 1).rows().isEmpty()) {
                throw new ImportFileException("import.file.no-rows");
            }
        } catch (RuntimeException e) {
            files.delete(job);
            fail(job.getId(), e);
            throw e;
        }
        return job(job.getId());
    }

    /** The headers, the current (or suggested) mapping and the first rows of an uploaded file. */
    @PreAuthorize("isAuthenticated()")
    public ImportPreview preview(long jobId, int rows) {
        ImportJob job = owned(jobId);
        ImportEngine.Sample sample = engine.sample(files.path(job), job.getFileFormat(), job.options(), rows);
        Map<String, Integer> mapping = job.mapping().isEmpty()
                ? headerMatcher.suggest(types.get(job.getRecordType()), sample.headers())
                : job.mapping();
        return new ImportPreview(sample.headers(), mapping, sample.rows());
    }

    /** Checks every row with the given mapping, in the background; the job tells progress and the result. */
    @PreAuthorize("isAuthenticated()")
    public ImportJobView validate(long jobId, Map<String, Integer> mapping) {
        return validate(jobId, mapping, Map.of());
    }

    /**
     * Checks every row with the given mapping and one value for the whole file for each column in {@code values}
     * (column name → text, read like a cell of every row; only for columns the mapping leaves out), in the
     * background; the job tells progress and the result.
     */
    @PreAuthorize("isAuthenticated()")
    public ImportJobView validate(long jobId, Map<String, Integer> mapping, Map<String, String> values) {
        ImportJob job = owned(jobId);
        RecordExchange<?> type = types.importable(job.getRecordType());
        ImportOptions options = job.options().withValues(values);
        ImportEngine.requireMapped(type, mapping, options);
        if (job.getStatus().isRunning() || job.getStatus().isFinished()) {
            throw new DomainException("import.not-open");
        }
        requireNoOtherRunning(job);
        update(jobId, j -> j.startValidating(mapping, options.values(), clock.instant()));
        inBackground(jobId, type, () -> runValidation(jobId, type));
        return job(jobId);
    }

    /** Writes a validated import in one transaction, in the background. */
    @PreAuthorize("isAuthenticated()")
    public ImportJobView commit(long jobId) {
        ImportJob job = owned(jobId);
        RecordExchange<?> type = types.importable(job.getRecordType());
        requireNoOtherRunning(job);
        update(jobId, j -> j.startCommitting(clock.instant()));
        inBackground(jobId, type, () -> runCommit(jobId, type));
        return job(jobId);
    }

    /** Drops an import that was not committed, and its file. */
    @PreAuthorize("isAuthenticated()")
    public void discard(long jobId) {
        ImportJob job = owned(jobId);
        if (job.getStatus().isRunning()) {
            throw new DomainException("import.running");
        }
        files.delete(job);
        update(jobId, j -> j.discard(clock.instant()));
    }

    /**
     * Cancels a running validation or commit (its owner or an admin): the node running it stops at its next step and
     * rolls back, so a cancelled commit writes nothing. An import whose node is gone is failed as cancelled at once.
     */
    @PreAuthorize("isAuthenticated()")
    public ImportJobView cancel(long jobId) {
        ImportJob job = owned(jobId);
        String by = CurrentUser.username().orElseThrow();
        if (newTransaction.execute(s -> jobs.requestCancel(jobId, by)) == 0) {
            throw new DomainException("import.not-running");
        }
        if (runningHere.isStale(job)) {
            update(jobId, j -> j.cancelled(by, clock.instant()));
        }
        return job(jobId);
    }

    /** An import where it stands; one whose node stopped reporting while it ran is failed as interrupted. */
    @PreAuthorize("isAuthenticated()")
    public ImportJobView job(long jobId) {
        ImportJob job = owned(jobId);
        if (runningHere.isStale(job)) {
            update(jobId, stale -> stale.failed("import.interrupted", null, clock.instant()));
            return owned(jobId).toView();
        }
        return job.toView();
    }

    /**
     * The current user's latest wizard import, unless it is finished: the wizard resumes it after a reload.
     * Imports run through the API are not the wizard's (they finish within their request). One that was cut off
     * is shown once as interrupted, so the user learns why and starts anew.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<ImportJobView> unfinished() {
        return jobs.findFirstByUsernameAndOriginOrderByIdDesc(
                        CurrentUser.username().orElseThrow(), ImportOrigin.WIZARD)
                .filter(j -> !j.getStatus().isFinished())
                .map(j -> job(j.getId()));
    }

    /** One page of the row errors the validation found, in file order. */
    @PreAuthorize("isAuthenticated()")
    public List<RowError> errors(long jobId, Pageable pageable) {
        owned(jobId);
        return jobErrors.findByKeyJobIdAndWarningOrderByKeyPosition(jobId, false, pageable).stream()
                .map(ImportJobError::toRowError)
                .toList();
    }

    /** One page of the warnings the validation found (rows imported all the same), in file order. */
    @PreAuthorize("isAuthenticated()")
    public List<RowError> warnings(long jobId, Pageable pageable) {
        owned(jobId);
        return jobErrors.findByKeyJobIdAndWarningOrderByKeyPosition(jobId, true, pageable).stream()
                .map(ImportJobError::toRowError)
                .toList();
    }

    /**
     * Imports a file in the calling thread, all or nothing (for the API): column mapping by aliases.
     *
     * @throws ImportRejectedException with every row error, when any row is invalid
     */
    @PreAuthorize("isAuthenticated()")
    public ImportOutcome importNow(String type, String fileName, InputStream content, ImportOptions given) {
        RecordExchange<?> exchange = types.importable(type);
        ImportOptions options = named(exchange, given);
        ImportJobView job = upload(type, fileName, content, options, ImportOrigin.API);
        runningHere.started(job.id());
        update(job.id(), j -> j.runOn(runningHere.node(), clock.instant()));
        long started = System.nanoTime();
        MDC.put(LogContext.IMPORT_JOB, Long.toString(job.id()));
        MDC.put(LogContext.IMPORT_TYPE, type);
        try {
            ImportPreview preview = preview(job.id(), 0);
            ImportEngine.requireMapped(exchange, preview.mapping(), options);
            update(job.id(), j -> j.startValidating(preview.mapping(), options.values(), clock.instant()));
            ImportOutcome outcome = parseAndWrite(job.id(), exchange, preview.mapping(), progress(job.id()));
            update(job.id(), j -> {
                j.validated(j.toView().processedRows(), 0, outcome.repeated(), clock.instant());
                j.startCommitting(clock.instant());
                j.committed(outcome, clock.instant());
            });
            metrics.importRun(type, STEP_API, PortalMetrics.SUCCESS, rows(outcome), since(started));
            return outcome;
        } catch (RuntimeException e) {
            // Whatever stopped it, the import ends here and says why; it never stays "running".
            fail(job.id(), e);
            metrics.importRun(type, STEP_API, outcome(e), 0, since(started));
            throw e;
        } finally {
            MDC.remove(LogContext.IMPORT_JOB);
            MDC.remove(LogContext.IMPORT_TYPE);
            runningHere.ended(job.id());
            jobs.findById(job.id()).ifPresent(files::delete);
        }
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
        update(jobId, j -> j.runOn(runningHere.node(), clock.instant()));
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
            fail(jobId, e);
            throw e;
        }
    }

    /**
     * Imports rows given as field → value maps (the API's JSON arrays), all or nothing, with the checks of a file
     * import. Field names are matched like file headers; row numbers count from 1.
     *
     * @throws ImportRejectedException with every row error, when any row is invalid
     */
    @PreAuthorize("isAuthenticated()")
    public ImportOutcome importRows(String type, List<Map<String, ?>> rows, ImportOptions options) {
        RecordExchange<?> exchange = types.importable(type);
        countImport(CurrentUser.username().orElseThrow());
        long started = System.nanoTime();
        try {
            ImportOutcome outcome = writeRows(exchange, rows, named(exchange, options));
            metrics.importRun(type, STEP_API, PortalMetrics.SUCCESS, rows(outcome), since(started));
            return outcome;
        } catch (RuntimeException e) {
            metrics.importRun(type, STEP_API, outcome(e), 0, since(started));
            throw e;
        }
    }

    /** Each import started, in the wizard or through the API, counts against the user's limit (docs/security.md). */
    private void countImport(String user) {
        rateLimiter.acquire(RateLimitKind.IMPORTS_PER_USER, user, user, "import.rate-limited");
    }

    /**
     * The options with each value for the whole file keyed by its column's name: a client may name the column as
     * a header would (label or alias, e.g. "Platform"). Names that match no column stay, to be refused.
     */
    private ImportOptions named(RecordExchange<?> type, ImportOptions options) {
        if (options.values().isEmpty()) {
            return options;
        }
        Map<String, String> columnByName = headerMatcher.columnsByName(type);
        Map<String, String> values = new java.util.LinkedHashMap<>();
        options.values()
                .forEach((name, value) ->
                        values.put(columnByName.getOrDefault(HeaderMatcher.normalize(name), name), value));
        return options.withValues(values);
    }

    private <D> ImportOutcome writeRows(RecordExchange<D> type, List<Map<String, ?>> rows, ImportOptions options) {
        if (rows.isEmpty()) {
            throw new ImportFileException("import.rows.none");
        }
        Map<String, String> columnByName = headerMatcher.columnsByName(type);
        java.util.Set<String> named = rows.stream()
                .flatMap(r -> r.keySet().stream())
                .map(k -> columnByName.get(HeaderMatcher.normalize(k)))
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        // A value for all rows fills the rows that do not name its column, so it may name one that others do.
        Map<String, Integer> notNamed = new java.util.HashMap<>();
        named.stream().filter(c -> !options.values().containsKey(c)).forEach(c -> notNamed.put(c, 0));
        ImportEngine.requireMapped(type, notNamed, options);
        java.util.Iterator<Map<String, ?>> source = rows.iterator();
        long[] number = {0};
        ImportEngine.Parsed<D> parsed = inReadPass(() -> engine.parseRows(
                type,
                options,
                () -> {
                    if (!source.hasNext()) {
                        return null;
                    }
                    Map<String, ?> row = source.next();
                    // Each object names its own fields: match them per row, like headers.
                    Map<String, String> values = new java.util.HashMap<>();
                    row.forEach((field, value) -> {
                        String column = columnByName.get(HeaderMatcher.normalize(field));
                        if (column != null) {
                            values.putIfAbsent(
                                    column,
                                    value instanceof java.util.Collection<?> list
                                            ? String.join(
                                                    ", ",
                                                    list.stream()
                                                            .map(String::valueOf)
                                                            .toList())
                                            : value == null ? null : value.toString());
                        }
                    });
                    return new ImportEngine.RawRow(++number[0], values);
                },
                rows1 -> {}));
        if (parsed.errorCount() > 0) {
            throw new ImportRejectedException(parsed.errors());
        }
        return newTransaction
                .execute(status -> writeInChunks(type, parsed.drafts(), () -> {}))
                .withWarnings(parsed.warnings())
                .withRepeated(parsed.repeated());
    }

    private void runValidation(long jobId, RecordExchange<?> type) {
        ImportJob job = jobs.findById(jobId).orElseThrow();
        long started = System.nanoTime();
        try {
            checkpoint(jobId);
            ImportEngine.Parsed<?> parsed = check(jobId, type, job);
            newTransaction.executeWithoutResult(s -> {
                checkpoint(jobId);
                jobErrors.deleteByJobId(jobId);
                List<ImportJobError> rows = new ArrayList<>();
                for (int i = 0; i < parsed.errors().size(); i++) {
                    rows.add(new ImportJobError(jobId, i, parsed.errors().get(i), false));
                }
                for (int i = 0; i < parsed.warnings().size(); i++) {
                    rows.add(new ImportJobError(
                            jobId, parsed.errors().size() + i, parsed.warnings().get(i), true));
                }
                jobErrors.saveAll(rows);
                jobs.findById(jobId)
                        .orElseThrow()
                        .validated(parsed.rows(), parsed.errorCount(), parsed.repeated(), clock.instant());
            });
            metrics.importRun(
                    type.type(),
                    STEP_VALIDATE,
                    parsed.errorCount() > 0 ? REJECTED : PortalMetrics.SUCCESS,
                    parsed.rows(),
                    since(started));
        } catch (RuntimeException e) {
            fail(jobId, e);
            metrics.importRun(type.type(), STEP_VALIDATE, outcome(e), 0, since(started));
        }
    }

    private void runCommit(long jobId, RecordExchange<?> type) {
        ImportJob job = jobs.findById(jobId).orElseThrow();
        long started = System.nanoTime();
        try {
            checkpoint(jobId);
            ImportOutcome outcome = parseAndWrite(jobId, type, job.mapping(), progress(jobId));
            update(jobId, j -> j.committed(outcome, clock.instant()));
            files.delete(job);
            metrics.importRun(type.type(), STEP_COMMIT, PortalMetrics.SUCCESS, rows(outcome), since(started));
        } catch (RuntimeException e) {
            fail(jobId, e);
            metrics.importRun(type.type(), STEP_COMMIT, outcome(e), 0, since(started));
        }
    }

    /** Rows a committed import wrote or found identical (repeated rows of the file count once). */
    private static long rows(ImportOutcome outcome) {
        return (long) outcome.created() + outcome.updated() + outcome.unchanged();
    }

    /** How an import run that threw ended: its rows refused, or failed otherwise. */
    private static String outcome(RuntimeException e) {
        return e instanceof ImportRejectedException
                ? REJECTED
                : e instanceof ImportStoppedException ? CANCELLED : PortalMetrics.FAILURE;
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /**
     * Ends an import as failed with why: rejected rows are kept as its errors (as a validation keeps them), a
     * broken rule with its message, anything unexpected with the reference of its log entry.
     */
    void fail(long jobId, RuntimeException e) {
        Instant now = clock.instant();
        // Most often the database that cut the import off is still away: keep trying to record the failure until it
        // is back, so the job does not stay "running" (then any node would fail it as interrupted, but only when
        // asked).
        long giveUpAt = System.nanoTime() + RECORD_FAILURE_FOR.toNanos();
        long pauseMillis = 250;
        while (true) {
            try {
                recordFailure(jobId, e, now);
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

    private void recordFailure(long jobId, RuntimeException e, Instant now) {
        switch (e) {
            case ImportStoppedException stopped -> {
                // Failed already by another node (stuck, or its node gone): that reason stands.
                if (stopped.cancelledBy() != null) {
                    update(jobId, j -> j.cancelled(stopped.cancelledBy(), now));
                }
            }
            case ImportRejectedException rejected ->
                newTransaction.executeWithoutResult(s -> {
                    jobErrors.deleteByJobId(jobId);
                    List<ImportJobError> rows = new ArrayList<>();
                    for (int i = 0; i < rejected.errors().size(); i++) {
                        rows.add(new ImportJobError(jobId, i, rejected.errors().get(i), false));
                    }
                    jobErrors.saveAll(rows);
                    jobs.findById(jobId)
                            .orElseThrow()
                            .rejected(rejected.errors().size(), now);
                });
            case OptimisticLockingFailureException conflict ->
                update(jobId, j -> j.failed("import.commit.conflict", null, now));
            // The same refusal, as a service the import called reports it (ConcurrentEditTranslation).
            case io.pxportal.shared.domain.ConcurrentEditException conflict ->
                update(jobId, j -> j.failed("import.commit.conflict", null, now));
            case DomainException broken -> update(jobId, j -> j.failed(broken.messageKey(), argument(broken), now));
            case AccessDeniedException denied -> update(jobId, j -> j.failed("error.access-denied", null, now));
            // all rows are written in one transaction, so a connection lost on the way leaves nothing behind
            case RuntimeException unreachable
            when DatabaseFaults.unreachable(unreachable) ->
                update(jobId, j -> j.failed("import.database-unavailable", ErrorReference.log(unreachable), now));
            default -> update(jobId, j -> j.failed("error.unexpected", ErrorReference.log(e), now));
        }
    }

    /**
     * Checks every row of a stored file; a type with a bulk path stages the rows to find repeated keys. A pass runs
     * in one read-only transaction: the type's look-ups for each row join it instead of each opening (and, on a
     * file database, committing) a transaction of its own.
     */
    private <D> ImportEngine.Parsed<D> check(long jobId, RecordExchange<D> type, ImportJob job) {
        Optional<BulkUpsert<D>> bulk = type.bulk();
        if (bulk.isEmpty()) {
            return inReadPass(() -> engine.parse(
                    type, files.path(job), job.getFileFormat(), job.options(), job.mapping(), progress(jobId)));
        }
        return newTransaction.execute(status -> {
            status.setRollbackOnly(); // staging only: validating writes nothing
            BulkUpsert.Staging<D> staging = bulk.get().stage();
            ImportEngine.Parsed<D> parsed = engine.stream(
                    type, files.path(job), job.getFileFormat(), job.options(), job.mapping(), progress(jobId), staging);
            List<RowError> repeated = staging.check(ImportEngine.MAX_ERRORS_KEPT);
            List<RowError> errors = java.util.stream.Stream.concat(parsed.errors().stream(), repeated.stream())
                    .sorted(java.util.Comparator.comparingLong(RowError::row))
                    .limit(ImportEngine.MAX_ERRORS_KEPT)
                    .toList();
            return new ImportEngine.Parsed<>(
                    List.of(),
                    errors,
                    parsed.errorCount() + repeated.size(),
                    parsed.rows(),
                    parsed.warnings(),
                    staging.repeated());
        });
    }

    /**
     * Runs a pass over the rows in one read-only transaction, which is always rolled back: a look-up that failed and
     * was turned into a row error must not make the pass's end fail.
     */
    private <T> T inReadPass(java.util.function.Supplier<T> pass) {
        return readPass.execute(status -> {
            status.setRollbackOnly();
            return pass.get();
        });
    }

    /** Parses again (the file may not have changed, but the data it refers to may) and writes, or rejects. */
    private <D> ImportOutcome parseAndWrite(
            long jobId,
            RecordExchange<D> type,
            Map<String, Integer> mapping,
            java.util.function.LongConsumer progress) {
        ImportJob job = jobs.findById(jobId).orElseThrow();
        Optional<BulkUpsert<D>> bulk = type.bulk();
        if (bulk.isPresent()) {
            // One transaction from the first staged row to the last write: all or nothing, nothing held in memory.
            return newTransaction.execute(status -> {
                BulkUpsert.Staging<D> staging = bulk.get().stage();
                ImportEngine.Parsed<D> parsed = engine.stream(
                        type, files.path(job), job.getFileFormat(), job.options(), mapping, progress, staging);
                if (parsed.errorCount() > 0) {
                    throw new ImportRejectedException(parsed.errors());
                }
                update(jobId, j -> j.progress(parsed.rows(), clock.instant()));
                RepeatedRows repeated = staging.repeated();
                ImportOutcome written = staging.write();
                checkpoint(jobId); // the last chance to roll back: a cancel up to here writes nothing
                return written.withWarnings(parsed.warnings()).withRepeated(repeated);
            });
        }
        ImportEngine.Parsed<D> parsed = inReadPass(
                () -> engine.parse(type, files.path(job), job.getFileFormat(), job.options(), mapping, progress));
        if (parsed.errorCount() > 0) {
            throw new ImportRejectedException(parsed.errors());
        }
        update(jobId, j -> j.progress(parsed.rows(), clock.instant()));
        return newTransaction
                .execute(status -> writeInChunks(type, parsed.drafts(), () -> checkpoint(jobId)))
                .withWarnings(parsed.warnings())
                .withRepeated(parsed.repeated());
    }

    /**
     * Hands the drafts to the type a chunk at a time inside the caller's one transaction (all or nothing as before),
     * writing and then emptying the persistence context after each chunk. Types write row by row through JPA, and
     * every flush — explicit or before a query — dirty-checks every entity the transaction has loaded: without the
     * clearing, a file's cost grew with the square of its rows. Envers keeps its audit work across the clearing.
     * The checkpoint runs after each chunk and before the end, so a cancel stops the write and rolls it back.
     */
    private <D> ImportOutcome writeInChunks(RecordExchange<D> type, List<D> drafts, Runnable checkpoint) {
        ImportOutcome outcome = new ImportOutcome(0, 0, 0);
        for (int from = 0; from < drafts.size(); from += WRITE_CHUNK) {
            outcome = outcome.plus(type.upsert(drafts.subList(from, Math.min(drafts.size(), from + WRITE_CHUNK))));
            entityManager.flush();
            entityManager.clear();
            checkpoint.run();
        }
        checkpoint.run();
        return outcome;
    }

    /** Reports progress now and then, and stops the import there when it was cancelled or failed meanwhile. */
    private java.util.function.LongConsumer progress(long jobId) {
        AtomicLong last = new AtomicLong();
        return rows -> {
            long now = clock.millis();
            if (now - last.get() >= PROGRESS_EVERY_MS) {
                last.set(now);
                newTransaction.executeWithoutResult(s -> jobs.progress(jobId, rows, clock.instant()));
                checkpoint(jobId);
            }
        };
    }

    /**
     * Throws {@link ImportStoppedException} when someone asked to cancel the import or another node failed it: the
     * running step ends there, and its transaction, if any, rolls back.
     */
    private void checkpoint(long jobId) {
        ImportJob job = readPass.execute(s -> jobs.findById(jobId).orElseThrow());
        if (job.getCancelRequestedBy() != null) {
            throw new ImportStoppedException(job.getCancelRequestedBy());
        }
        if (!job.getStatus().isRunning()) {
            throw new ImportStoppedException(null);
        }
    }

    /**
     * One wizard import of a user runs at a time: a second one is refused with the name of the first, so a user who
     * starts many never takes the pool from others.
     */
    private void requireNoOtherRunning(ImportJob job) {
        jobs.othersRunning(job.getUsername(), job.getId()).stream().findFirst().ifPresent(other -> {
            throw new DomainException("import.user-busy", other.toView().fileName());
        });
    }

    private ImportJob owned(long jobId) {
        ImportJob job = jobs.findById(jobId).orElseThrow(() -> new NotFoundException("import", jobId));
        boolean mine = CurrentUser.username().map(job.getUsername()::equals).orElse(false);
        if (!mine && !CurrentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("import " + jobId);
        }
        return job;
    }

    private void update(long jobId, java.util.function.Consumer<ImportJob> change) {
        newTransaction.executeWithoutResult(
                s -> change.accept(jobs.findById(jobId).orElseThrow()));
    }

    private static Object argument(DomainException e) {
        return e.arguments().length == 0 ? null : e.arguments()[0];
    }

    /**
     * Writes the row errors of an import as a CSV report in the given language: row, column, problem. Streams
     * page by page, so a file with many errors never sits in memory.
     */
    @PreAuthorize("isAuthenticated()")
    public void writeErrorReport(long jobId, Locale locale, OutputStream out) {
        RecordExchange<?> type = types.get(owned(jobId).getRecordType());
        try (TableWriter writer = TableWriter.open(FileFormat.CSV, out)) {
            writer.row(List.of(
                    message("import.report.row", locale),
                    message("import.report.column", locale),
                    message("import.report.problem", locale)));
            for (int page = 0; ; page++) {
                List<RowError> errors = errors(jobId, PageRequest.of(page, 1000));
                for (RowError error : errors) {
                    String column = type.columns().stream()
                            .filter(c -> c.name().equals(error.column()))
                            .map(c -> message(c.labelKey(), locale))
                            .findFirst()
                            .orElse(error.column());
                    writer.row(List.of(
                            error.row(),
                            column == null ? "" : column,
                            messages.getMessage(error.messageKey(), error.arguments(), locale)));
                }
                if (errors.size() < 1000) {
                    break;
                }
            }
        }
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

package io.pxportal.exchange;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One pass over an import's rows, each in the transaction it needs: a check reads in one read-only transaction that
 * is rolled back, a write is all or nothing in one transaction. A pass over a stored file reports its progress on
 * the job now and then, and stops at its next step when the import was cancelled or failed meanwhile.
 */
@Component
class ImportPasses {

    private static final long PROGRESS_EVERY_MS = 300;
    /** Drafts written between two clearings of the persistence context (see {@link #writeInChunks}). */
    static final int WRITE_CHUNK = 500;

    private final ImportEngine engine;
    private final ImportFiles files;
    private final ImportJobs jobs;
    private final TransactionTemplate newTransaction;
    private final TransactionTemplate readPass;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    ImportPasses(
            ImportEngine engine,
            ImportFiles files,
            ImportJobs jobs,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.engine = engine;
        this.files = files;
        this.jobs = jobs;
        this.newTransaction = new TransactionTemplate(transactions);
        newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readPass = new TransactionTemplate(transactions);
        readPass.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        readPass.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * Checks every row of a stored file; a type with a bulk path stages the rows to find repeated keys. A pass runs
     * in one read-only transaction: the type's look-ups for each row join it instead of each opening (and, on a
     * file database, committing) a transaction of its own.
     */
    <D> ImportEngine.Parsed<D> check(long jobId, RecordExchange<D> type, ImportJob job) {
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
            List<RowError> errors = Stream.concat(parsed.errors().stream(), repeated.stream())
                    .sorted(Comparator.comparingLong(RowError::row))
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
     * Parses a stored file again (the file may not have changed, but the data it refers to may) and writes all of
     * it, or rejects it: {@link ImportRejectedException} with the row errors.
     */
    <D> ImportOutcome parseAndWrite(long jobId, RecordExchange<D> type, Map<String, Integer> mapping) {
        ImportJob job = jobs.get(jobId);
        LongConsumer progress = progress(jobId);
        Optional<BulkUpsert<D>> bulk = type.bulk();
        if (bulk.isPresent()) {
            // One transaction from the first staged row to the last write: all or nothing, nothing held in memory.
            return newTransaction.execute(status -> {
                BulkUpsert.Staging<D> staging = bulk.get().stage();
                ImportEngine.Parsed<D> parsed = engine.stream(
                        type, files.path(job), job.getFileFormat(), job.options(), mapping, progress, staging);
                requireNoErrors(parsed);
                jobs.update(jobId, j -> j.progress(parsed.rows(), clock.instant()));
                RepeatedRows repeated = staging.repeated();
                ImportOutcome written = staging.write();
                checkpoint(jobId); // the last chance to roll back: a cancel up to here writes nothing
                return written.withWarnings(parsed.warnings()).withRepeated(repeated);
            });
        }
        ImportEngine.Parsed<D> parsed = inReadPass(
                () -> engine.parse(type, files.path(job), job.getFileFormat(), job.options(), mapping, progress));
        requireNoErrors(parsed);
        jobs.update(jobId, j -> j.progress(parsed.rows(), clock.instant()));
        return write(type, parsed, () -> checkpoint(jobId));
    }

    /** Checks rows that come from elsewhere than a file and writes all of them, or rejects them. */
    <D> ImportOutcome parseAndWrite(RecordExchange<D> type, ImportOptions options, Supplier<ImportEngine.RawRow> rows) {
        ImportEngine.Parsed<D> parsed = inReadPass(() -> engine.parseRows(type, options, rows, done -> {}));
        requireNoErrors(parsed);
        return write(type, parsed, () -> {});
    }

    private static void requireNoErrors(ImportEngine.Parsed<?> parsed) {
        if (parsed.errorCount() > 0) {
            throw new ImportRejectedException(parsed.errors());
        }
    }

    private <D> ImportOutcome write(RecordExchange<D> type, ImportEngine.Parsed<D> parsed, Runnable checkpoint) {
        return newTransaction
                .execute(status -> writeInChunks(type, parsed.drafts(), checkpoint))
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

    /**
     * Runs a pass over the rows in one read-only transaction, which is always rolled back: a look-up that failed and
     * was turned into a row error must not make the pass's end fail.
     */
    private <T> T inReadPass(Supplier<T> pass) {
        return readPass.execute(status -> {
            status.setRollbackOnly();
            return pass.get();
        });
    }

    /** Reports progress now and then, and stops the import there when it was cancelled or failed meanwhile. */
    private LongConsumer progress(long jobId) {
        AtomicLong last = new AtomicLong();
        return rows -> {
            long now = clock.millis();
            if (now - last.get() >= PROGRESS_EVERY_MS) {
                last.set(now);
                jobs.progress(jobId, rows, clock.instant());
                checkpoint(jobId);
            }
        };
    }

    /**
     * Throws {@link ImportStoppedException} when someone asked to cancel the import or another node failed it: the
     * running step ends there, and its transaction, if any, rolls back.
     */
    void checkpoint(long jobId) {
        ImportJob job = readPass.execute(s -> jobs.get(jobId));
        if (job.getCancelRequestedBy() != null) {
            throw new ImportStoppedException(job.getCancelRequestedBy());
        }
        if (!job.getStatus().isRunning()) {
            throw new ImportStoppedException(null);
        }
    }
}

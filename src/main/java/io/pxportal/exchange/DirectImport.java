package io.pxportal.exchange;

import io.pxportal.shared.operations.LogContext;
import io.pxportal.shared.security.CurrentUser;
import java.io.InputStream;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.MDC;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Imports within the calling thread, all or nothing, for the API: a file (kept as an import job while it runs, so
 * it is cancellable and its failure recorded like a wizard import's) or rows given as JSON objects. Columns are
 * matched by their names, labels and aliases.
 */
@Service
public class DirectImport {

    private final ExchangeTypes types;
    private final HeaderMatcher headerMatcher;
    private final ImportUploads uploads;
    private final ImportPasses passes;
    private final ImportJobs jobs;
    private final ImportFiles files;
    private final ImportFailures failures;
    private final ImportHeartbeat runningHere;
    private final ImportRunMetrics metrics;
    private final Clock clock;

    DirectImport(
            ExchangeTypes types,
            HeaderMatcher headerMatcher,
            ImportUploads uploads,
            ImportPasses passes,
            ImportJobs jobs,
            ImportFiles files,
            ImportFailures failures,
            ImportHeartbeat runningHere,
            ImportRunMetrics metrics,
            Clock clock) {
        this.types = types;
        this.headerMatcher = headerMatcher;
        this.uploads = uploads;
        this.passes = passes;
        this.jobs = jobs;
        this.files = files;
        this.failures = failures;
        this.runningHere = runningHere;
        this.metrics = metrics;
        this.clock = clock;
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
        ImportJobView job = uploads.upload(type, fileName, content, options, ImportOrigin.API);
        runningHere.started(job.id());
        jobs.update(job.id(), j -> j.runOn(runningHere.node(), clock.instant()));
        long started = System.nanoTime();
        MDC.put(LogContext.IMPORT_JOB, Long.toString(job.id()));
        MDC.put(LogContext.IMPORT_TYPE, type);
        try {
            ImportPreview preview = uploads.preview(jobs.owned(job.id()), 0);
            MappingRules.requireMapped(exchange, preview.mapping(), options);
            jobs.update(job.id(), j -> j.startValidating(preview.mapping(), options.values(), clock.instant()));
            ImportOutcome outcome = passes.parseAndWrite(job.id(), exchange, preview.mapping());
            jobs.update(job.id(), j -> {
                j.validated(j.toView().processedRows(), 0, outcome.repeated(), clock.instant());
                j.startCommitting(clock.instant());
                j.committed(outcome, clock.instant());
            });
            metrics.written(type, ImportRunMetrics.STEP_API, outcome, started);
            return outcome;
        } catch (RuntimeException e) {
            // Whatever stopped it, the import ends here and says why; it never stays "running".
            failures.fail(job.id(), e);
            metrics.failed(type, ImportRunMetrics.STEP_API, e, started);
            throw e;
        } finally {
            MDC.remove(LogContext.IMPORT_JOB);
            MDC.remove(LogContext.IMPORT_TYPE);
            runningHere.ended(job.id());
            jobs.find(job.id()).ifPresent(files::delete);
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
        uploads.countImport(CurrentUser.username().orElseThrow());
        long started = System.nanoTime();
        try {
            ImportOutcome outcome = writeRows(exchange, rows, named(exchange, options));
            metrics.written(type, ImportRunMetrics.STEP_API, outcome, started);
            return outcome;
        } catch (RuntimeException e) {
            metrics.failed(type, ImportRunMetrics.STEP_API, e, started);
            throw e;
        }
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
        Map<String, String> values = new LinkedHashMap<>();
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
        Set<String> named = rows.stream()
                .flatMap(r -> r.keySet().stream())
                .map(k -> columnByName.get(HeaderMatcher.normalize(k)))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        // A value for all rows fills the rows that do not name its column, so it may name one that others do.
        Map<String, Integer> notNamed = new HashMap<>();
        named.stream().filter(c -> !options.values().containsKey(c)).forEach(c -> notNamed.put(c, 0));
        MappingRules.requireMapped(type, notNamed, options);
        return passes.parseAndWrite(type, options, rawRows(rows, columnByName));
    }

    /** The rows as the engine reads them, numbered from 1; each object names its own fields, matched like headers. */
    private static Supplier<ImportEngine.RawRow> rawRows(List<Map<String, ?>> rows, Map<String, String> columnByName) {
        Iterator<Map<String, ?>> source = rows.iterator();
        long[] number = {0};
        return () -> {
            if (!source.hasNext()) {
                return null;
            }
            Map<String, String> values = new HashMap<>();
            source.next().forEach((field, value) -> {
                String column = columnByName.get(HeaderMatcher.normalize(field));
                if (column != null) {
                    values.putIfAbsent(column, text(value));
                }
            });
            return new ImportEngine.RawRow(++number[0], values);
        };
    }

    /** A JSON value as a cell's text: a list as its items separated by commas. */
    private static String text(Object value) {
        return value instanceof Collection<?> list
                ? String.join(", ", list.stream().map(String::valueOf).toList())
                : value == null ? null : value.toString();
    }
}

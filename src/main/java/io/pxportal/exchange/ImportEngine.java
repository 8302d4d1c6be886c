package io.pxportal.exchange;

import io.pxportal.shared.i18n.Languages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads a stored file through a column mapping into drafts, finding every problem on the way: cells that do not
 * convert, required values missing, Bean Validation violations and natural keys repeated in the file.
 */
@Component
class ImportEngine {

    /** At most this many row errors are kept and shown; the count goes on. */
    static final int MAX_ERRORS_KEPT = 10_000;

    private final Validator validator;
    private final MessageSource messages;
    private final long maxRows;

    ImportEngine(Validator validator, MessageSource messages, ImportProperties properties) {
        this.validator = validator;
        this.messages = messages;
        this.maxRows = properties.maxRows();
    }

    /**
     * What one pass over a file found. {@code warnings}: of the rows without errors, which are imported all the
     * same (at most {@link #MAX_ERRORS_KEPT}); {@code repeated}: rows that repeat an earlier row exactly.
     */
    record Parsed<D>(
            List<D> drafts,
            List<RowError> errors,
            long errorCount,
            long rows,
            List<RowError> warnings,
            RepeatedRows repeated) {

        Parsed(List<D> drafts, List<RowError> errors, long errorCount, long rows, List<RowError> warnings) {
            this(drafts, errors, errorCount, rows, warnings, RepeatedRows.NONE);
        }
    }

    /** The header and up to {@code rows} data rows, to show and to map. */
    record Sample(List<String> headers, List<List<String>> rows) {}

    TableReader open(Path file, FileFormat format, ImportOptions options) {
        try {
            InputStream in = Files.newInputStream(file);
            return format == FileFormat.XLSX
                    ? new XlsxTableReader(in, options.fileLocale())
                    : new CsvTableReader(in, options.charset());
        } catch (IOException e) {
            throw new ImportFileException("import.file.unreadable");
        }
    }

    Sample sample(Path file, FileFormat format, ImportOptions options, int rows) {
        try (TableReader reader = open(file, format, options)) {
            List<String> headers = reader.next();
            if (headers == null || headers.stream().allMatch(String::isBlank)) {
                throw new ImportFileException("import.file.empty");
            }
            List<List<String>> sample = new ArrayList<>();
            for (List<String> row = reader.next(); row != null && sample.size() < rows; row = reader.next()) {
                sample.add(row);
            }
            return new Sample(headers, sample);
        }
    }

    /** One row before conversion: its number in the source and its text by column name. */
    record RawRow(long number, Map<String, String> values) {}

    <D> Parsed<D> parse(
            RecordExchange<D> type,
            Path file,
            FileFormat format,
            ImportOptions options,
            Map<String, Integer> mapping,
            LongConsumer progress) {
        MappingRules.requireMapped(type, mapping, options);
        try (TableReader reader = open(file, format, options)) {
            reader.next();
            return parseRows(
                    type,
                    options,
                    () -> {
                        List<String> cells = reader.next();
                        return cells == null ? null : new RawRow(reader.rowNumber(), values(mapping, cells));
                    },
                    progress);
        }
    }

    /** The same checks for rows that come from elsewhere than a file (e.g. a JSON array in the API). */
    <D> Parsed<D> parseRows(
            RecordExchange<D> type,
            ImportOptions options,
            java.util.function.Supplier<RawRow> source,
            LongConsumer progress) {
        List<D> drafts = new ArrayList<>();
        Map<String, First<D>> keys = new HashMap<>();
        RepeatedRows.Collector repeated = new RepeatedRows.Collector();
        Parsed<D> parsed = check(type, options, source, progress, (row, draft) -> {
            First<D> first = keys.putIfAbsent(
                    type.naturalKey(draft).toLowerCase(Locale.ROOT), new First<>(row.number(), draft, row.values()));
            if (first == null) {
                drafts.add(draft);
            } else if (first.draft().equals(draft) || first.values().equals(row.values())) {
                repeated.add(row.number(), first.row());
            } else {
                row.error(type.columns().getFirst().name(), "import.value.duplicate-key", first.row(), row.number());
            }
        });
        return new Parsed<>(
                parsed.errorCount() == 0 ? drafts : List.of(),
                parsed.errors(),
                parsed.errorCount(),
                parsed.rows(),
                parsed.warnings(),
                repeated.result());
    }

    /**
     * The first row of a natural key: a later row with the same key repeats it when it reads to the same draft or
     * has the same text (drafts that hold e.g. the time of reading differ although the rows are one).
     */
    private record First<D>(long row, D draft, Map<String, String> values) {}

    /**
     * Reads a stored file like {@link #parse} but hands each valid row to {@code sink} as it goes instead of
     * keeping it: for files too large to hold (the bulk path). Natural keys repeated in the file are left to the
     * sink's owner, which sees all rows.
     */
    <D> Parsed<D> stream(
            RecordExchange<D> type,
            Path file,
            FileFormat format,
            ImportOptions options,
            Map<String, Integer> mapping,
            LongConsumer progress,
            BulkUpsert.Staging<D> sink) {
        MappingRules.requireMapped(type, mapping, options);
        try (TableReader reader = open(file, format, options)) {
            reader.next();
            return check(
                    type,
                    options,
                    () -> {
                        List<String> cells = reader.next();
                        return cells == null ? null : new RawRow(reader.rowNumber(), values(mapping, cells));
                    },
                    progress,
                    (row, draft) -> sink.add(row.number(), draft));
        }
    }

    /** Where a row that converted and validated goes; it may still find a problem and record it on the row. */
    private interface Accepted<D> {
        void accept(ImportRow row, D draft);
    }

    private <D> Parsed<D> check(
            RecordExchange<D> type,
            ImportOptions options,
            java.util.function.Supplier<RawRow> source,
            LongConsumer progress,
            Accepted<D> accepted) {
        ValueParsers parsers = new ValueParsers(options.fileLocale());
        Choices choices = new Choices(this::labels);
        // Through the bean (its proxy), not from inside it: read() runs with the type's transaction and security.
        java.util.function.Function<ImportRow, D> reader = type.reader().orElse(type::read);
        // Asked once per pass: a type builds its column list on every call (through its proxy).
        List<String> required = type.columns().stream()
                .filter(ImportColumn::required)
                .map(ImportColumn::name)
                .toList();
        RowFindings findings = new RowFindings(options.values());
        long rows = 0;
        for (RawRow raw = source.get(); raw != null; raw = source.get()) {
            if (++rows > maxRows) {
                throw new ImportFileException("import.file.too-many-rows", maxRows);
            }
            ImportRow row = new ImportRow(raw.number(), findings.withConstants(raw.values()), parsers, choices);
            D draft = read(required, reader, row);
            if (!row.hasErrors()) {
                accepted.accept(row, draft);
            }
            findings.add(row);
            if (rows % 1000 == 0) {
                progress.accept(rows);
            }
        }
        progress.accept(rows);
        return findings.parsed(rows);
    }

    private <D> D read(List<String> required, java.util.function.Function<ImportRow, D> reader, ImportRow row) {
        for (String column : required) {
            if (row.text(column) == null) {
                row.error(column, "import.value.required");
            }
        }
        if (row.hasErrors()) {
            return null;
        }
        D draft = reader.apply(row);
        if (draft != null && !row.hasErrors()) {
            for (ConstraintViolation<D> violation : validator.validate(draft)) {
                String property = violation.getPropertyPath().toString();
                String column = property.contains(".") ? property.substring(0, property.indexOf('.')) : property;
                row.error(column.replaceAll("\\[.*", ""), "import.value.invalid", violation.getMessage());
            }
        }
        return draft;
    }

    private static Map<String, String> values(Map<String, Integer> mapping, List<String> cells) {
        Map<String, String> values = new HashMap<>();
        mapping.forEach((column, index) -> values.put(column, index < cells.size() ? cells.get(index) : null));
        return values;
    }

    /** A message key's text in every UI language (enum labels in any language are accepted). */
    private Set<String> labels(String key) {
        Set<String> labels = new LinkedHashSet<>();
        for (Locale locale : Languages.SUPPORTED) {
            Optional.ofNullable(messages.getMessage(key, null, null, locale)).ifPresent(labels::add);
        }
        return labels;
    }
}

package io.pxportal.exchange;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What the validation of an import found, for its owner (or an admin): the row errors that refuse the file and the
 * warnings of rows imported all the same, page by page, and the errors as a downloadable report.
 */
@Service
public class ImportErrorReport {

    private static final int REPORT_PAGE = 1000;

    private final ExchangeTypes types;
    private final ImportJobs jobs;
    private final MessageSource messages;

    ImportErrorReport(ExchangeTypes types, ImportJobs jobs, MessageSource messages) {
        this.types = types;
        this.jobs = jobs;
        this.messages = messages;
    }

    /** One page of the row errors the validation found, in file order. */
    @PreAuthorize("isAuthenticated()")
    public List<RowError> errors(long jobId, Pageable pageable) {
        jobs.owned(jobId);
        return jobs.rowErrors(jobId, false, pageable);
    }

    /** One page of the warnings the validation found (rows imported all the same), in file order. */
    @PreAuthorize("isAuthenticated()")
    public List<RowError> warnings(long jobId, Pageable pageable) {
        jobs.owned(jobId);
        return jobs.rowErrors(jobId, true, pageable);
    }

    /**
     * Writes the row errors of an import as a CSV report in the given language: row, column, problem. Streams
     * page by page, so a file with many errors never sits in memory.
     */
    @PreAuthorize("isAuthenticated()")
    public void writeErrorReport(long jobId, Locale locale, OutputStream out) {
        RecordExchange<?> type = types.get(jobs.owned(jobId).getRecordType());
        try (TableWriter writer = TableWriter.open(FileFormat.CSV, out)) {
            writer.row(List.of(
                    message("import.report.row", locale),
                    message("import.report.column", locale),
                    message("import.report.problem", locale)));
            for (int page = 0; ; page++) {
                List<RowError> errors = errors(jobId, PageRequest.of(page, REPORT_PAGE));
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
                if (errors.size() < REPORT_PAGE) {
                    break;
                }
            }
        }
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

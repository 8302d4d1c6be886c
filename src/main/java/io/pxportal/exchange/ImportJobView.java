package io.pxportal.exchange;

import java.time.Instant;
import java.util.Map;

/**
 * An import as the wizard and the API show it. {@code mapping}: column name → index of the file's header; the
 * values given for the whole file are in {@code options}; {@code repeated}: rows that repeat an earlier row exactly
 * (found by the validation, imported once). {@code messageArgument}: a value, or a {@code MessageSourceResolvable}
 * that the message source translates. {@code cancelRequestedBy}: who asked to cancel the running import, until
 * its node has stopped it.
 */
public record ImportJobView(
        Long id,
        String recordType,
        String fileName,
        FileFormat format,
        ImportStatus status,
        long processedRows,
        Long totalRows,
        long errorCount,
        ImportOutcome outcome,
        String messageKey,
        Object messageArgument,
        Map<String, Integer> mapping,
        ImportOptions options,
        Instant createdAt,
        Instant updatedAt,
        RepeatedRows repeated,
        String cancelRequestedBy) {

    /** Share of the rows done, 0..1, for a progress bar (indeterminate while the total is unknown). */
    public Double progress() {
        if (totalRows == null || totalRows == 0) {
            return null;
        }
        return Math.min(1.0, (double) processedRows / totalRows);
    }
}

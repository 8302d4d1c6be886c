package io.pxportal.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One import, from upload to commit: who, which file, how it is read and mapped, where it stands. Kept in the
 * database so that progress survives a page reload and the log shows who imported what.
 */
@Entity
@Table(name = "import_job")
@org.hibernate.annotations.DynamicUpdate
class ImportJob {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    /** Names the uploaded file (see {@link #fileKey()}). */
    @Column(name = "file_key", length = 36)
    private String fileKey;

    @Column(name = "record_type", nullable = false, length = 40)
    private String recordType;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_format", nullable = false, length = 8)
    private FileFormat fileFormat;

    @Column(nullable = false, length = 32)
    private String charset;

    @Column(name = "file_locale", nullable = false, length = 16)
    private String fileLocale;

    @Column(length = 4000)
    private String mapping;

    /** One value for the whole file per column it lacks: "column=URL-encoded value&…". */
    @Column(name = "column_values", length = 4000)
    private String columnValues;

    /** Rows that repeated an earlier row exactly (imported once), and the first of them: "row:first,…". */
    @Column(name = "repeated_count")
    private Long repeatedCount;

    @Column(name = "repeated_rows", length = 2000)
    private String repeatedRows;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportStatus status;

    @Column(name = "processed_rows", nullable = false)
    private long processedRows;

    @Column(name = "total_rows")
    private Long totalRows;

    @Column(name = "error_count", nullable = false)
    private long errorCount;

    @Column(name = "created_count")
    private Integer createdCount;

    @Column(name = "updated_count")
    private Integer updatedCount;

    @Column(name = "unchanged_count")
    private Integer unchangedCount;

    @Column(name = "message_key", length = 120)
    private String messageKey;

    @Column(name = "message_argument", length = 255)
    private String messageArgument;

    @Column(name = "message_argument_is_key", nullable = false)
    private boolean messageArgumentIsKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ImportOrigin origin;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The time of the last progress; {@link #heartbeatAt} is the running node's, refreshed without progress. */
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "node_id", length = 64)
    private String nodeId;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "cancel_requested_by", length = 64)
    private String cancelRequestedBy;

    protected ImportJob() {}

    /**
     * What the uploaded file is named by: random, so that portals sharing a machine (and the default upload folder)
     * but not a database never meet each other's files, although they number their jobs alike. Jobs stored before
     * the key existed go by their id.
     */
    String fileKey() {
        return fileKey != null ? fileKey : String.valueOf(id);
    }

    ImportJob(
            String username,
            ImportOrigin origin,
            String recordType,
            String fileName,
            FileFormat format,
            ImportOptions options,
            Instant now) {
        this.username = username;
        this.origin = origin;
        this.fileKey = java.util.UUID.randomUUID().toString();
        this.recordType = recordType;
        this.fileName = fileName;
        this.fileFormat = format;
        this.charset = options.charset().name();
        this.fileLocale = options.fileLocale().toLanguageTag();
        this.columnValues = ImportJobText.values(options.values());
        this.status = ImportStatus.UPLOADED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void startValidating(Map<String, Integer> columnMapping, Map<String, String> values, Instant now) {
        startValidating(columnMapping, now);
        this.columnValues = ImportJobText.values(values);
    }

    void startValidating(Map<String, Integer> columnMapping, Instant now) {
        this.mapping = ImportJobText.mapping(columnMapping);
        moveTo(ImportStatus.VALIDATING, now);
        this.processedRows = 0;
        this.errorCount = 0;
        this.messageKey = null;
        this.messageArgument = null;
        this.messageArgumentIsKey = false;
    }

    void validated(long rows, long errors, RepeatedRows repeated, Instant now) {
        repeated(repeated);
        validated(rows, errors, now);
    }

    private void repeated(RepeatedRows repeated) {
        this.repeatedCount = repeated.count();
        this.repeatedRows = repeated.encoded();
    }

    void validated(long rows, long errors, Instant now) {
        this.totalRows = rows;
        this.processedRows = rows;
        this.errorCount = errors;
        moveTo(errors == 0 ? ImportStatus.VALID : ImportStatus.INVALID, now);
    }

    void startCommitting(Instant now) {
        if (status != ImportStatus.VALID) {
            throw new io.pxportal.shared.domain.DomainException("import.not-valid");
        }
        this.processedRows = 0;
        moveTo(ImportStatus.COMMITTING, now);
    }

    void committed(ImportOutcome outcome, Instant now) {
        this.createdCount = outcome.created();
        this.updatedCount = outcome.updated();
        this.unchangedCount = outcome.unchanged();
        repeated(outcome.repeated());
        this.processedRows = totalRows == null ? 0 : totalRows;
        moveTo(ImportStatus.DONE, now);
    }

    /**
     * Ends the import as failed with the reason; {@code argument} is a plain value or a
     * {@link MessageSourceResolvable} (a column's label), which is kept as its key and shown translated.
     */
    void failed(String key, Object argument, Instant now) {
        this.messageKey = key;
        this.messageArgumentIsKey = argument instanceof MessageSourceResolvable;
        String text = argument instanceof MessageSourceResolvable resolvable
                ? resolvable.getCodes()[0]
                : argument == null ? null : String.valueOf(argument);
        this.messageArgument = text == null ? null : text.substring(0, Math.min(text.length(), 255));
        moveTo(ImportStatus.FAILED, now);
    }

    /** Ends the import as failed because rows were invalid: the count goes with it, the errors are kept apart. */
    void rejected(long errors, Instant now) {
        this.errorCount = errors;
        failed("import.rejected", errors, now);
    }

    /** The node that runs the import's next step from now on. */
    void runOn(String node, Instant now) {
        this.nodeId = node;
        this.heartbeatAt = now;
        this.cancelRequestedBy = null;
    }

    /** Ends the import as cancelled by {@code by}; the runner rolled back what it had written. */
    void cancelled(String by, Instant now) {
        failed("import.cancelled", by, now);
    }

    void discard(Instant now) {
        moveTo(ImportStatus.DISCARDED, now);
    }

    void progress(long rows, Instant now) {
        this.processedRows = rows;
        this.updatedAt = now;
    }

    private void moveTo(ImportStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
    }

    Map<String, Integer> mapping() {
        return ImportJobText.mapping(mapping);
    }

    ImportOptions options() {
        return new ImportOptions(
                java.nio.charset.Charset.forName(charset),
                Locale.forLanguageTag(fileLocale),
                ImportJobText.values(columnValues));
    }

    ImportJobView toView() {
        return new ImportJobView(
                id,
                recordType,
                fileName,
                fileFormat,
                status,
                processedRows,
                totalRows,
                errorCount,
                createdCount == null
                        ? null
                        : new ImportOutcome(createdCount, updatedCount, unchangedCount, List.of(), repeated()),
                messageKey,
                messageArgumentIsKey ? new DefaultMessageSourceResolvable(messageArgument) : messageArgument,
                mapping(),
                options(),
                createdAt,
                updatedAt,
                repeated(),
                cancelRequestedBy);
    }

    private RepeatedRows repeated() {
        return RepeatedRows.decode(repeatedCount, repeatedRows);
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getRecordType() {
        return recordType;
    }

    FileFormat getFileFormat() {
        return fileFormat;
    }

    ImportOrigin getOrigin() {
        return origin;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    /** When the running node last said it is alive: its heartbeat, or the last progress before there was one. */
    Instant lastSignOfLife() {
        return heartbeatAt == null || heartbeatAt.isBefore(updatedAt) ? updatedAt : heartbeatAt;
    }

    String getNodeId() {
        return nodeId;
    }

    String getCancelRequestedBy() {
        return cancelRequestedBy;
    }

    ImportStatus getStatus() {
        return status;
    }
}

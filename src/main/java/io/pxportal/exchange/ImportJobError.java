package io.pxportal.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A row error of a validated import, kept so the wizard can page through them and offer a report; or, with
 * {@code warning}, a warning about a row that is imported all the same.
 */
@Entity
@Table(name = "import_job_error")
class ImportJobError {

    static final String SEPARATOR = "\u001F";

    /** Job and position of the error in the file. */
    @Embeddable
    record Key(
            @Column(name = "job_id") Long jobId,
            @Column(name = "err_position") Integer position) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "file_row", nullable = false)
    private long rowNumber;

    @Column(name = "column_name", length = 64)
    private String columnName;

    @Column(name = "message_key", nullable = false, length = 120)
    private String messageKey;

    @Column(length = 1000)
    private String arguments;

    @Column(nullable = false)
    private boolean warning;

    protected ImportJobError() {}

    ImportJobError(Long jobId, int position, RowError error, boolean warning) {
        this.key = new Key(jobId, position);
        this.warning = warning;
        this.rowNumber = error.row();
        this.columnName = error.column();
        this.messageKey = error.messageKey();
        String joined = Arrays.stream(error.arguments()).map(String::valueOf).collect(Collectors.joining(SEPARATOR));
        this.arguments = joined.substring(0, Math.min(joined.length(), 1000));
    }

    RowError toRowError() {
        Object[] args = arguments == null || arguments.isEmpty() ? new Object[0] : arguments.split(SEPARATOR, -1);
        return new RowError(rowNumber, columnName, messageKey, args);
    }
}

package io.pxportal.exchange;

import java.sql.SQLException;
import java.util.List;

/**
 * The staging table a {@link BulkUpsert}'s valid rows stream into as the file is read, with its one writer, and
 * the checks of natural keys repeated in the file ({@link StagedRepeats}); each check first sends what the writer
 * still buffers.
 */
public final class StagedImport {

    private final StagingTable table;
    private final StagingWriter rows;
    private final StagedRepeats repeats;

    private StagedImport(StagingTable table, StagingWriter rows, StagedRepeats repeats) {
        this.table = table;
        this.rows = rows;
        this.repeats = repeats;
    }

    /**
     * Opens the writer of the table's first {@code written} columns (the others are for SQL to fill later).
     *
     * @param repeats the repeated-key checks of this very table
     */
    public static StagedImport open(StagingTable table, int written, StagedRepeats repeats) throws SQLException {
        if (!table.name().equals(repeats.table())) {
            throw new IllegalArgumentException("repeats of " + repeats.table() + " checked on " + table.name());
        }
        return new StagedImport(table, table.writer(written), repeats);
    }

    public StagingTable table() {
        return table;
    }

    /** The writer the rows go in by, one {@link StagingWriter#endRow} each. */
    public StagingWriter rows() {
        return rows;
    }

    /** The rows whose key an earlier row of the file has with other values: errors naming both rows. */
    public List<RowError> repeatedKeys(int limit) {
        try {
            rows.flush();
            return repeats.conflicts(table.connection(), limit);
        } catch (SQLException e) {
            throw BulkConnections.failure(e);
        }
    }

    /** The rows that repeat an earlier row of the file exactly. */
    public RepeatedRows repeatedRows() {
        try {
            rows.flush();
            return repeats.repeated(table.connection());
        } catch (SQLException e) {
            throw BulkConnections.failure(e);
        }
    }

    /** Removes the rows that repeat an earlier row exactly, so that each is written once; returns how many. */
    public long dropRepeated() throws SQLException {
        rows.flush();
        return repeats.dropRepeated(table.connection());
    }

    /** Sends what the writer still buffers. */
    public void flush() {
        rows.flush();
    }

    /** Gives up whatever is still open on the connection (before the transaction ends, however it ends). */
    public void close() {
        rows.close();
    }
}

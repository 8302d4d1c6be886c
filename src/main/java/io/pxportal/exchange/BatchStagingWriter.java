package io.pxportal.exchange;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** JDBC batches of an INSERT: where there is no COPY (H2, the demo and the tests). */
final class BatchStagingWriter extends StagingWriter {

    private static final int BATCH = 1_000;

    private final PreparedStatement insert;
    private int batched;

    BatchStagingWriter(PreparedStatement insert, int columns) {
        super(columns);
        this.insert = insert;
    }

    @Override
    void putNumber(int column, long value) {
        try {
            insert.setLong(column, value);
        } catch (SQLException e) {
            throw BulkConnections.failure(e);
        }
    }

    @Override
    void putPlain(int column, String text, Object value) {
        set(column, value);
    }

    @Override
    void putText(int column, String value) {
        set(column, value);
    }

    @Override
    void putInstant(int column, Instant value) {
        set(column, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    @Override
    void putNull(int column) {
        set(column, null);
    }

    private void set(int column, Object value) {
        try {
            insert.setObject(column, value);
        } catch (SQLException e) {
            throw BulkConnections.failure(e);
        }
    }

    @Override
    void rowEnded() {
        try {
            insert.addBatch();
        } catch (SQLException e) {
            throw BulkConnections.failure(e);
        }
        if (++batched == BATCH) {
            flush();
        }
    }

    @Override
    public void flush() {
        if (batched > 0) {
            try {
                insert.executeBatch();
            } catch (SQLException e) {
                throw BulkConnections.failure(e);
            }
            batched = 0;
        }
    }

    @Override
    public void close() {
        try {
            insert.close();
        } catch (SQLException e) {
            // Closing a statement of a transaction that is ending: nothing to keep.
        }
    }
}

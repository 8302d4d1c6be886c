package io.pxportal.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Rows on their way into a {@link StagingTable}, value by value in the order of the writer's columns, each row ended
 * by {@link #endRow}: COPY in PostgreSQL's text format, or JDBC batches of an INSERT (H2). A null stands for SQL
 * NULL. Failures come as {@link BulkConnections#failure}; whatever is buffered reaches the table at {@link #flush}.
 */
public abstract sealed class StagingWriter permits CopyStagingWriter, BatchStagingWriter {

    private final int columns;
    private int column;

    StagingWriter(int columns) {
        this.columns = columns;
    }

    /** A whole number. */
    public final StagingWriter number(long value) {
        putNumber(next(), value);
        return this;
    }

    /** A number ({@code Long}, {@code Integer}, {@code BigDecimal}, written in plain notation) or null. */
    public final StagingWriter number(Number value) {
        return plain(value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value), value);
    }

    /** Any text, or null. */
    public final StagingWriter text(String value) {
        int at = next();
        if (value == null) {
            putNull(at);
        } else {
            putText(at, value);
        }
        return this;
    }

    /** An enum constant by its name, or null. */
    public final StagingWriter name(Enum<?> value) {
        String name = value == null ? null : value.name();
        return plain(name, name);
    }

    /** A moment, for a {@code timestamp with time zone} column, or null. */
    public final StagingWriter instant(Instant value) {
        int at = next();
        if (value == null) {
            putNull(at);
        } else {
            putInstant(at, value);
        }
        return this;
    }

    /** A day, for a {@code date} column, or null. */
    public final StagingWriter date(LocalDate value) {
        return plain(String.valueOf(value), value);
    }

    /** Ends the row; it must have had a value for every column. */
    public final void endRow() {
        if (column != columns) {
            throw new IllegalStateException("a staged row has " + columns + " values, not " + column);
        }
        column = 0;
        rowEnded();
    }

    /** Sends what is still buffered; it also ends a COPY, so all rows come before the last flush. */
    public abstract void flush();

    /** Gives up whatever is still open on the connection (before the transaction ends, however it ends). */
    public abstract void close();

    private StagingWriter plain(String text, Object value) {
        int at = next();
        if (value == null) {
            putNull(at);
        } else {
            putPlain(at, text, value);
        }
        return this;
    }

    private int next() {
        if (column == columns) {
            throw new IllegalStateException("a staged row has " + columns + " values");
        }
        return ++column;
    }

    abstract void putNumber(int column, long value);

    /**
     * A value whose text never needs escaping (numbers, ISO dates, enum names): {@code text} for COPY, {@code value}
     * for JDBC.
     */
    abstract void putPlain(int column, String text, Object value);

    abstract void putText(int column, String value);

    abstract void putInstant(int column, Instant value);

    abstract void putNull(int column);

    abstract void rowEnded();
}

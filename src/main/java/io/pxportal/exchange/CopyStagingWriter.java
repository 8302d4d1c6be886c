package io.pxportal.exchange;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import org.postgresql.copy.CopyIn;

/** COPY in PostgreSQL's text format, sent in blocks while the rows are still being read. */
final class CopyStagingWriter extends StagingWriter {

    private static final int BUFFER_CHARS = 256 * 1024;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(BUFFER_CHARS + 1024);

    CopyStagingWriter(CopyIn copy, int columns) {
        super(columns);
        this.copy = copy;
    }

    @Override
    void putNumber(int column, long value) {
        separate(column).append(value);
    }

    @Override
    void putPlain(int column, String text, Object value) {
        separate(column).append(text);
    }

    @Override
    void putText(int column, String value) {
        separate(column);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    @Override
    void putInstant(int column, Instant value) {
        separate(column).append(value); // ISO 8601 with Z, which timestamptz reads as UTC
    }

    @Override
    void putNull(int column) {
        separate(column).append("\\N");
    }

    @Override
    void rowEnded() {
        buffer.append('\n');
        if (buffer.length() >= BUFFER_CHARS) {
            send();
        }
    }

    private StringBuilder separate(int column) {
        return column == 1 ? buffer : buffer.append('\t');
    }

    private void send() {
        try {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        } catch (SQLException e) {
            throw BulkConnections.failure(e);
        }
    }

    @Override
    public void flush() {
        if (copy.isActive()) {
            send();
            try {
                copy.endCopy();
            } catch (SQLException e) {
                throw BulkConnections.failure(e);
            }
        }
    }

    @Override
    public void close() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // The transaction is ending anyway; a COPY that cannot be cancelled fails the connection, not data.
        }
    }
}

package io.pxportal.licensing;

import io.pxportal.exchange.BulkConnections;
import io.pxportal.exchange.RepeatedRows;
import io.pxportal.exchange.RowError;
import io.pxportal.exchange.StagedRepeats;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The temporary table a usage import stages its valid rows in, and the SQL that works on it. Subclasses differ
 * in how rows get in (COPY or JDBC batches) and how they are merged (PostgreSQL's INSERT … ON CONFLICT with the
 * audit rows in the same statement, or standard MERGE).
 */
abstract class UsageStaging {

    static final String COLUMNS = "row_no bigint not null, entitlement_id bigint not null, environment varchar(20) "
            + "not null, measured_from date not null, measured_to date not null, quantity numeric(19, 2) not null, "
            + "source varchar(10) not null";

    final Connection connection;

    UsageStaging(Connection connection) {
        this.connection = connection;
    }

    /** Stages one row; a measurement counted on a day is stored with its day as the end, as the entity does. */
    abstract void add(long row, MeasurementDraft draft);

    /** Sends what is still buffered. */
    abstract void flush() throws SQLException;

    /**
     * Creates new measurements and updates changed ones, with their audit rows in {@code revision}. The staged
     * keys must be unique ({@link #repeatedKeys} empty): a repeated key could otherwise slip through, e.g. when
     * its first row equals the stored measurement and only the second changes it.
     */
    abstract BulkConnections.Written merge(long revision) throws SQLException;

    /** Gives up whatever is still open on the connection (before the transaction ends, however it ends). */
    abstract void close();

    /** The natural key (entitlement, environment, day) and the values a repeated row is compared by. */
    private static final StagedRepeats REPEATS = new StagedRepeats(
            "usage_import_staging",
            List.of("%1$s.entitlement_id", "%1$s.environment", "%1$s.measured_from"),
            List.of("measured_to", "quantity", "source"),
            "platform");

    /** The rows whose key an earlier row of the file has with other values: errors naming both rows. */
    List<RowError> repeatedKeys(int limit) {
        try {
            flush();
            return REPEATS.conflicts(connection, limit);
        } catch (SQLException e) {
            throw UsageBulkImport.failure(e);
        }
    }

    /** The rows that repeat an earlier row of the file exactly. */
    RepeatedRows repeatedRows() {
        try {
            flush();
            return REPEATS.repeated(connection);
        } catch (SQLException e) {
            throw UsageBulkImport.failure(e);
        }
    }

    /** Removes the rows that repeat an earlier row exactly, so that each is merged once; returns how many. */
    long dropRepeated() throws SQLException {
        flush();
        return REPEATS.dropRepeated(connection);
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

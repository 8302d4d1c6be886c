package io.pxportal.licensing;

import io.pxportal.exchange.BulkConnections;
import io.pxportal.exchange.RowError;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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

    /** The rows whose key (entitlement, environment, day) an earlier row of the file already has. */
    List<RowError> repeatedKeys(int limit) {
        try {
            flush();
            try (PreparedStatement query = connection.prepareStatement("""
                    select s.row_no, f.first_row from usage_import_staging s join (
                        select entitlement_id, environment, measured_from, min(row_no) as first_row
                        from usage_import_staging group by entitlement_id, environment, measured_from
                        having count(*) > 1) f
                      on s.entitlement_id = f.entitlement_id and s.environment = f.environment
                     and s.measured_from = f.measured_from
                    where s.row_no <> f.first_row order by s.row_no fetch first ? rows only""")) {
                query.setInt(1, limit);
                List<RowError> errors = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        errors.add(new RowError(rows.getLong(1), "platform", "import.value.duplicate-key",
                                rows.getLong(2)));
                    }
                }
                return errors;
            }
        } catch (SQLException e) {
            throw UsageBulkImport.failure(e);
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

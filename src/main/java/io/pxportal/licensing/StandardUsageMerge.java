package io.pxportal.licensing;

import io.pxportal.exchange.BulkConnections;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Staging anywhere else (H2: the demo and the tests): rows go in by JDBC batches, and standard SQL merges them —
 * audit rows of the changed measurements first (they carry the new values), then MERGE, then audit rows of the
 * measurements it created (those with ids above the highest before the merge).
 */
final class JdbcUsageStaging extends UsageStaging {

    private static final int BATCH = 1_000;
    private static final String SAME_KEY = "m.entitlement_id = s.entitlement_id and m.environment = s.environment"
            + " and m.measured_from = s.measured_from";
    private static final String DIFFERENT =
            "(m.measured_to <> s.measured_to or m.quantity <> s.quantity" + " or m.source <> s.source)";
    private static final String AUDIT = "insert into usage_measurement_aud (id, rev, revtype, entitlement_id,"
            + " environment, measured_from, measured_to, quantity, source) ";

    private final PreparedStatement insert;
    private int batched;

    JdbcUsageStaging(Connection connection) throws SQLException {
        super(connection);
        // TRANSACTIONAL: H2 would otherwise commit the open transaction on CREATE.
        execute(
                connection,
                "create local temporary table if not exists usage_import_staging (" + COLUMNS
                        + ") on commit drop transactional");
        execute(connection, "delete from usage_import_staging");
        this.insert = connection.prepareStatement("insert into usage_import_staging (row_no, entitlement_id,"
                + " environment, measured_from, measured_to, quantity, source) values (?, ?, ?, ?, ?, ?, ?)");
    }

    @Override
    void add(long row, MeasurementDraft draft) {
        try {
            insert.setLong(1, row);
            insert.setLong(2, draft.entitlementId());
            insert.setString(3, draft.environment().name());
            insert.setDate(4, Date.valueOf(draft.from()));
            insert.setDate(5, Date.valueOf(draft.to() == null ? draft.from() : draft.to()));
            insert.setBigDecimal(6, draft.quantity());
            insert.setString(7, draft.source().name());
            insert.addBatch();
            if (++batched == BATCH) {
                flush();
            }
        } catch (SQLException e) {
            throw UsageBulkImport.failure(e);
        }
    }

    @Override
    void flush() throws SQLException {
        if (batched > 0) {
            insert.executeBatch();
            batched = 0;
        }
    }

    @Override
    BulkConnections.Written merge(long revision) throws SQLException {
        long highestBefore;
        try (PreparedStatement max = connection.prepareStatement("select coalesce(max(id), 0) from usage_measurement");
                ResultSet result = max.executeQuery()) {
            result.next();
            highestBefore = result.getLong(1);
        }
        long updated = update(
                AUDIT + "select m.id, ?, 1, m.entitlement_id, m.environment, m.measured_from,"
                        + " s.measured_to, s.quantity, s.source from usage_measurement m join usage_import_staging s on "
                        + SAME_KEY + " where " + DIFFERENT,
                revision);
        try (PreparedStatement merge = connection.prepareStatement("merge into usage_measurement m using"
                + " usage_import_staging s on (" + SAME_KEY + ") when matched and " + DIFFERENT + " then update"
                + " set measured_to = s.measured_to, quantity = s.quantity, source = s.source, version = m.version + 1"
                + " when not matched then insert (version, entitlement_id, environment, measured_from, measured_to,"
                + " quantity, source) values (0, s.entitlement_id, s.environment, s.measured_from, s.measured_to,"
                + " s.quantity, s.source)")) {
            merge.executeUpdate();
        }
        long created = update(
                AUDIT + "select m.id, ?, 0, m.entitlement_id, m.environment, m.measured_from,"
                        + " m.measured_to, m.quantity, m.source from usage_measurement m join usage_import_staging s on "
                        + SAME_KEY + " where m.id > " + highestBefore,
                revision);
        return new BulkConnections.Written(created, updated);
    }

    private long update(String sql, long revision) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, revision);
            return statement.executeLargeUpdate();
        }
    }

    @Override
    void close() {
        try {
            insert.close();
        } catch (SQLException e) {
            // Closing a statement of a transaction that is ending: nothing to keep.
        }
    }
}

package io.pxportal.licensing;

import io.pxportal.exchange.BulkConnections;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The merge of staged usage rows anywhere else (H2: the demo and the tests), in standard SQL: audit rows of the
 * changed measurements first (they carry the new values), then MERGE, then audit rows of the measurements it
 * created (those with ids above the highest before the merge).
 */
final class StandardUsageMerge {

    private static final String SAME_KEY = "m.entitlement_id = s.entitlement_id and m.environment = s.environment"
            + " and m.measured_from = s.measured_from";
    private static final String DIFFERENT =
            "(m.measured_to <> s.measured_to or m.quantity <> s.quantity" + " or m.source <> s.source)";
    private static final String AUDIT = "insert into usage_measurement_aud (id, rev, revtype, entitlement_id,"
            + " environment, measured_from, measured_to, quantity, source) ";

    private StandardUsageMerge() {}

    static BulkConnections.Written merge(Connection connection, long revision) throws SQLException {
        long highestBefore;
        try (PreparedStatement max = connection.prepareStatement("select coalesce(max(id), 0) from usage_measurement");
                ResultSet result = max.executeQuery()) {
            result.next();
            highestBefore = result.getLong(1);
        }
        long updated = update(
                connection,
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
                connection,
                AUDIT + "select m.id, ?, 0, m.entitlement_id, m.environment, m.measured_from,"
                        + " m.measured_to, m.quantity, m.source from usage_measurement m join usage_import_staging s on "
                        + SAME_KEY + " where m.id > " + highestBefore,
                revision);
        return new BulkConnections.Written(created, updated);
    }

    private static long update(Connection connection, String sql, long revision) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, revision);
            return statement.executeLargeUpdate();
        }
    }
}

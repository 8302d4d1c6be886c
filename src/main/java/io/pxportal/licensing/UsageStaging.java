package io.pxportal.licensing;

import io.pxportal.exchange.BulkConnections;
import io.pxportal.exchange.StagedImport;
import io.pxportal.exchange.StagedRepeats;
import io.pxportal.exchange.StagingTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The temporary table a usage import stages its valid rows in ({@code usage_import_staging}: COPY on PostgreSQL,
 * JDBC batches elsewhere), and the merge of them into {@code usage_measurement}: PostgreSQL's INSERT … ON CONFLICT
 * with the audit rows in the same statement ({@link PostgresUsageMerge}), or standard MERGE ({@link
 * StandardUsageMerge}).
 */
final class UsageStaging {

    private static final List<String> COLUMNS = List.of(
            "row_no bigint not null",
            "entitlement_id bigint not null",
            "environment varchar(20) not null",
            "measured_from date not null",
            "measured_to date not null",
            "quantity numeric(19, 2) not null",
            "source varchar(10) not null");

    /** The natural key (entitlement, environment, day) and the values a repeated row is compared by. */
    private static final StagedRepeats REPEATS = new StagedRepeats(
            "usage_import_staging",
            List.of("%1$s.entitlement_id", "%1$s.environment", "%1$s.measured_from"),
            List.of("measured_to", "quantity", "source"),
            "platform");

    private final StagedImport staged;

    UsageStaging(Connection connection) throws SQLException {
        StagingTable table = StagingTable.create(connection, "usage_import_staging", COLUMNS);
        this.staged = StagedImport.open(table, COLUMNS.size(), REPEATS);
    }

    /** Stages one row; a measurement counted on a day is stored with its day as the end, as the entity does. */
    void add(long row, MeasurementDraft draft) {
        staged.rows()
                .number(row)
                .number(draft.entitlementId())
                .name(draft.environment())
                .date(draft.from())
                .date(draft.to() == null ? draft.from() : draft.to())
                .number(draft.quantity())
                .name(draft.source())
                .endRow();
    }

    /** The staged rows, with the checks of keys repeated in the file. */
    StagedImport staged() {
        return staged;
    }

    /**
     * Creates new measurements and updates changed ones, with their audit rows in {@code revision}. The staged
     * keys must be unique ({@link StagedImport#repeatedKeys} empty): a repeated key could otherwise slip through,
     * e.g. when its first row equals the stored measurement and only the second changes it.
     */
    BulkConnections.Written merge(long revision) throws SQLException {
        staged.flush();
        Connection connection = staged.table().connection();
        return staged.table().postgres()
                ? PostgresUsageMerge.merge(connection, revision)
                : StandardUsageMerge.merge(connection, revision);
    }

    Connection connection() {
        return staged.table().connection();
    }

    /** Gives up whatever is still open on the connection (before the transaction ends, however it ends). */
    void close() {
        staged.close();
    }
}

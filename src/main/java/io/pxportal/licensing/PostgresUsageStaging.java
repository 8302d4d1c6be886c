package io.pxportal.licensing;

import io.pxportal.shared.domain.DomainException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Staging on PostgreSQL: rows go in with COPY (pgjdbc's CopyManager) as the file is read, so the server stores
 * them while the next rows are parsed; one statement then merges them — UPDATE where the values differ, INSERT where
 * the key is new — and writes the audit rows of what it created or changed.
 */
final class PostgresUsageStaging extends UsageStaging {

    private static final int BUFFER_CHARS = 256 * 1024;

    private static final String UNIQUE_VIOLATION = "23505";

    // Changed rows are updated and new ones inserted in two parts of one statement (they see the same snapshot, so
    // neither sees the other's rows). A plain INSERT … WHERE NOT EXISTS for the new keys rather than INSERT … ON
    // CONFLICT: speculative insertion costs ~2 s more per million new rows (docs/benchmarks.md). The staged keys
    // are unique (checked before), so the insert cannot meet its own rows; a row another transaction inserts
    // meanwhile fails the unique key and the import with it ("someone changed one of these records"), rather than
    // being overwritten.
    private static final String MERGE = """
            with changed as (
                update usage_measurement m
                   set measured_to = s.measured_to, quantity = s.quantity, source = s.source, version = m.version + 1
                  from usage_import_staging s
                 where m.entitlement_id = s.entitlement_id and m.environment = s.environment
                   and m.measured_from = s.measured_from
                   and (m.measured_to, m.quantity, m.source) is distinct from (s.measured_to, s.quantity, s.source)
                returning m.id, m.entitlement_id, m.environment, m.measured_from, m.measured_to, m.quantity,
                          m.source),
            created as (
                insert into usage_measurement (entitlement_id, environment, measured_from, measured_to, quantity,
                                               source)
                select entitlement_id, environment, measured_from, measured_to, quantity, source
                  from usage_import_staging s
                 where not exists (select 1 from usage_measurement m where m.entitlement_id = s.entitlement_id
                                   and m.environment = s.environment and m.measured_from = s.measured_from)
                returning id, entitlement_id, environment, measured_from, measured_to, quantity, source),
            audited as (
                insert into usage_measurement_aud
                       (id, rev, revtype, entitlement_id, environment, measured_from, measured_to, quantity, source)
                select id, ?, 1, entitlement_id, environment, measured_from, measured_to, quantity, source
                  from changed
                union all
                select id, ?, 0, entitlement_id, environment, measured_from, measured_to, quantity, source
                  from created
                returning revtype)
            select count(*) filter (where revtype = 0), count(*) filter (where revtype = 1) from audited""";

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(BUFFER_CHARS + 256);

    PostgresUsageStaging(Connection connection) throws SQLException {
        super(connection);
        execute(connection, "create temporary table usage_import_staging (" + COLUMNS + ") on commit drop");
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy usage_import_staging from stdin");
    }

    @Override
    void add(long row, MeasurementDraft draft) {
        // COPY's text format; every value is ASCII (numbers, ISO dates, enum names) and needs no escaping.
        buffer.append(row).append('\t').append(draft.entitlementId()).append('\t')
                .append(draft.environment().name()).append('\t').append(draft.from()).append('\t')
                .append(draft.to() == null ? draft.from() : draft.to()).append('\t')
                .append(draft.quantity().toPlainString()).append('\t').append(draft.source().name()).append('\n');
        if (buffer.length() >= BUFFER_CHARS) {
            try {
                send();
            } catch (SQLException e) {
                throw UsageBulkImport.failure(e);
            }
        }
    }

    private void send() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.US_ASCII);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    void flush() throws SQLException {
        if (copy.isActive()) {
            send();
            copy.endCopy();
        }
    }

    @Override
    Merged merge(long revision) throws SQLException {
        flush();
        try (PreparedStatement merge = connection.prepareStatement(MERGE)) {
            merge.setLong(1, revision);
            merge.setLong(2, revision);
            try (ResultSet counts = merge.executeQuery()) {
                counts.next();
                return new Merged(counts.getLong(1), counts.getLong(2));
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // Another transaction created one of the new keys after this statement began.
                throw new DomainException("import.commit.conflict");
            }
            throw e;
        }
    }

    @Override
    void close() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // The transaction is ending anyway; a COPY that cannot be cancelled fails the connection, not data.
        }
    }
}

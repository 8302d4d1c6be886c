package io.pxportal.exchange;

import io.pxportal.shared.audit.AuditActor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What every {@link BulkUpsert} needs around its SQL: the import transaction's connection with its staging opened on
 * it (and closed before the transaction ends, however it ends), and the Envers revision of the import.
 */
public final class BulkConnections {

    /** Opens a staging area on a connection. */
    @FunctionalInterface
    public interface Opener<S> {
        S open(Connection connection) throws SQLException;
    }

    /** What an import's write created and changed. */
    public record Written(long created, long updated) {}

    /** The writing of an import's staged rows, in the revision it is given. */
    @FunctionalInterface
    public interface RevisionWork {
        Written write(long revision) throws SQLException;
    }

    private BulkConnections() {}

    /**
     * Runs an import's write in one Envers revision naming the importing user (as {@code AuditRevisionListener}
     * records it) and removes the revision again when nothing was created or changed: re-importing a file leaves
     * no trace. The staged rows the write did not create or change count as unchanged.
     */
    public static ImportOutcome writeInRevision(Connection connection, Instant at, long staged, RevisionWork work)
            throws SQLException {
        long revision = insertRevision(connection, at, AuditActor.current());
        Written written = work.write(revision);
        if (written.created() + written.updated() == 0) {
            deleteRevision(connection, revision);
        }
        return new ImportOutcome(
                Math.toIntExact(written.created()),
                Math.toIntExact(written.updated()),
                Math.toIntExact(staged - written.created() - written.updated()));
    }

    /**
     * Opens the staging on the current transaction's connection; {@code close} runs before the transaction
     * completes, so an import that stops half-way (a broken file) does not leave e.g. COPY open on the connection.
     */
    public static <S> S stage(DataSource dataSource, Opener<S> opener, java.util.function.Consumer<S> close) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a bulk import stages and writes in one transaction");
        }
        try {
            S staging = opener.open(DataSourceUtils.getConnection(dataSource));
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCompletion() {
                    close.accept(staging);
                }
            });
            return staging;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public static DataAccessResourceFailureException failure(SQLException e) {
        return new DataAccessResourceFailureException("bulk import: " + e.getMessage(), e);
    }

    private static long insertRevision(Connection connection, Instant at, String username) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into revinfo (revision_at, username) values (?, ?)", new String[] {"id"})) {
            insert.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setString(2, username);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void deleteRevision(Connection connection, long revision) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from revinfo where id = ?")) {
            delete.setLong(1, revision);
            delete.executeUpdate();
        }
    }
}

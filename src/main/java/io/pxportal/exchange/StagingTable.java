package io.pxportal.exchange;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import org.postgresql.PGConnection;

/**
 * A temporary table a {@link BulkUpsert} stages rows in, on the import transaction's connection and dropped when
 * the transaction ends. Rows go in through a {@link StagingWriter}: COPY on PostgreSQL, JDBC batches elsewhere
 * (H2); what the rows mean, and the SQL that reads and merges them, stays with the module that stages them.
 */
public final class StagingTable {

    private final Connection connection;
    private final String name;
    private final List<String> columns;
    private final boolean postgres;

    private StagingTable(Connection connection, String name, List<String> columns, boolean postgres) {
        this.connection = connection;
        this.name = name;
        this.columns = columns;
        this.postgres = postgres;
    }

    /**
     * Creates the table, or empties it where an earlier import of the transaction left it (H2).
     *
     * @param columns the column definitions in order, each starting with the column's name, e.g. {@code "row_no
     *     bigint not null"}
     */
    public static StagingTable create(Connection connection, String name, List<String> columns) throws SQLException {
        boolean postgres = isPostgres(connection);
        String definition = name + " (" + String.join(", ", columns) + ")";
        if (postgres) {
            execute(connection, "create temporary table " + definition + " on commit drop");
        } else {
            // TRANSACTIONAL: H2 would otherwise commit the open transaction on CREATE.
            execute(
                    connection,
                    "create local temporary table if not exists " + definition + " on commit drop transactional");
            execute(connection, "delete from " + name);
        }
        List<String> names =
                columns.stream().map(c -> c.strip().split("\\s+")[0]).toList();
        return new StagingTable(connection, name, names, postgres);
    }

    /** Whether the connection is PostgreSQL's, where staging takes COPY. */
    public static boolean isPostgres(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }

    /** A writer of rows with a value for every column. */
    public StagingWriter writer() throws SQLException {
        return writer(columns.size());
    }

    /** A writer of rows with values for the first {@code count} columns; the others stay null, for SQL to fill. */
    public StagingWriter writer(int count) throws SQLException {
        List<String> written = columns.subList(0, count);
        String list = String.join(", ", written);
        if (postgres) {
            return new CopyStagingWriter(
                    connection
                            .unwrap(PGConnection.class)
                            .getCopyAPI()
                            .copyIn("copy " + name + " (" + list + ") from stdin"),
                    count);
        }
        return new BatchStagingWriter(
                connection.prepareStatement(
                        "insert into " + name + " (" + list + ") values (" + "?, ".repeat(count - 1) + "?)"),
                count);
    }

    /** Writes a set of rows at once: a writer opened, given the rows, flushed and closed. */
    public void write(Consumer<StagingWriter> rows) throws SQLException {
        StagingWriter writer = writer();
        try {
            rows.accept(writer);
            writer.flush();
        } finally {
            writer.close();
        }
    }

    public String name() {
        return name;
    }

    /** Whether the table is PostgreSQL's. */
    public boolean postgres() {
        return postgres;
    }

    /** The import transaction's connection the table lives on. */
    public Connection connection() {
        return connection;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

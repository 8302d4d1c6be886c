package io.pxportal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.EmbeddedPostgresServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The two ways rows reach a staging table agree: COPY's text format on a real PostgreSQL stores exactly what JDBC
 * batches store on H2, escapes and nulls included.
 */
class StagingTableIT {

    static final EmbeddedPostgres POSTGRES = EmbeddedPostgresServer.start();

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }

    @Test
    void copy_on_postgresql_stores_the_same_rows_as_jdbc_batches_on_h2() throws SQLException {
        int rows = 30_000; // COPY sends several blocks while the rows come
        List<List<Object>> copied;
        try (Connection postgres = POSTGRES.getPostgresDatabase().getConnection()) {
            copied = stage(postgres, rows, CopyStagingWriter.class);
        }
        List<List<Object>> batched;
        try (Connection h2 =
                DriverManager.getConnection("jdbc:h2:mem:staging-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")) {
            batched = stage(h2, rows, BatchStagingWriter.class);
        }

        assertThat(copied).isEqualTo(StagingRows.expected(rows));
        assertThat(batched).isEqualTo(copied);
    }

    @Test
    void the_staging_table_goes_with_the_transaction_on_postgresql() throws SQLException {
        try (Connection postgres = POSTGRES.getPostgresDatabase().getConnection()) {
            postgres.setAutoCommit(false);
            StagingTable.create(postgres, StagingRows.TABLE, StagingRows.COLUMNS);
            postgres.commit();

            StagingTable again = StagingTable.create(postgres, StagingRows.TABLE, StagingRows.COLUMNS);

            assertThat(again.postgres()).isTrue();
            assertThat(StagingRows.read(postgres)).isEmpty();
            postgres.rollback();
        }
    }

    private static List<List<Object>> stage(Connection connection, int rows, Class<?> writerType) throws SQLException {
        connection.setAutoCommit(false);
        StagingWriter writer = StagingTable.create(connection, StagingRows.TABLE, StagingRows.COLUMNS)
                .writer(StagingRows.COLUMNS.size() - 1);
        assertThat(writer).isInstanceOf(writerType);
        StagingRows.write(writer, rows);
        writer.flush();
        writer.close();
        List<List<Object>> read = StagingRows.read(connection);
        connection.rollback();
        return read;
    }
}

package io.pxportal.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.ByteStreamWriter;

class StagingWriterTest {

    @Test
    void copy_escapes_backslashes_tabs_and_line_breaks_and_writes_nulls_as_backslash_n() {
        RecordingCopy copy = new RecordingCopy();
        StagingWriter writer = new CopyStagingWriter(copy, 6);

        writer.number(1)
                .text("a\tb\\c\nd\re")
                .number(new BigDecimal("1E+3"))
                .date(LocalDate.of(2026, 2, 28))
                .instant(Instant.parse("2026-03-29T01:30:00.5Z"))
                .name(DayOfWeek.MONDAY)
                .endRow();
        writer.number(2L)
                .text(null)
                .number((Number) null)
                .date(null)
                .instant(null)
                .name(null)
                .endRow();
        writer.number(3)
                .text("\\N")
                .number(7)
                .date(null)
                .instant(null)
                .text("Zürich ✓")
                .endRow();
        writer.flush();

        assertThat(copy.text())
                .isEqualTo("1\ta\\tb\\\\c\\nd\\re\t1000\t2026-02-28\t2026-03-29T01:30:00.500Z\tMONDAY\n"
                        + "2\t\\N\t\\N\t\\N\t\\N\t\\N\n"
                        + "3\t\\\\N\t7\t\\N\t\\N\tZürich ✓\n");
        assertThat(copy.ended).isTrue();
        assertThat(copy.writes).isOne();
    }

    @Test
    void copy_sends_blocks_while_rows_come_and_the_rest_at_flush() {
        RecordingCopy copy = new RecordingCopy();
        StagingWriter writer = new CopyStagingWriter(copy, 2);
        String title = "x".repeat(100);
        for (int i = 0; i < 3_000; i++) { // ≈ 310,000 characters: one block of 256 K before the flush
            writer.number(i).text(title).endRow();
        }
        int sentBeforeFlush = copy.writes;

        writer.flush();

        assertThat(sentBeforeFlush).isOne();
        assertThat(copy.writes).isEqualTo(2);
        assertThat(copy.text().lines()).hasSize(3_000).startsWith("0\t" + title).endsWith("2999\t" + title);
    }

    @Test
    void an_unfinished_copy_is_cancelled_on_close_a_finished_one_is_left_alone() {
        RecordingCopy open = new RecordingCopy();
        StagingWriter broken = new CopyStagingWriter(open, 1);
        broken.number(1).endRow();
        RecordingCopy ended = new RecordingCopy();
        StagingWriter done = new CopyStagingWriter(ended, 1);
        done.number(1).endRow();
        done.flush();

        broken.close();
        done.close();

        assertThat(open.cancelled).isTrue();
        assertThat(ended.cancelled).isFalse();
    }

    @Test
    void a_row_must_have_a_value_for_every_column_and_no_more() {
        StagingWriter writer = new CopyStagingWriter(new RecordingCopy(), 2);

        assertThatThrownBy(() -> writer.number(1).endRow()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> writer.number(1).number(2).number(3)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void jdbc_batches_write_every_value_back_as_it_was_given() throws SQLException {
        int rows = 2_345; // more than two batches
        try (Connection h2 =
                DriverManager.getConnection("jdbc:h2:mem:staging;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")) {
            h2.setAutoCommit(false);
            StagingTable table = StagingTable.create(h2, StagingRows.TABLE, StagingRows.COLUMNS);
            StagingWriter writer = table.writer(StagingRows.COLUMNS.size() - 1);
            assertThat(writer).isInstanceOf(BatchStagingWriter.class);

            StagingRows.write(writer, rows);
            writer.flush();
            writer.close();

            assertThat(StagingRows.read(h2)).isEqualTo(StagingRows.expected(rows));
            h2.rollback();
        }
    }

    @Test
    void a_second_staging_in_the_same_transaction_starts_empty() throws SQLException {
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:again;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")) {
            h2.setAutoCommit(false);
            StagingWriter first = StagingTable.create(h2, StagingRows.TABLE, StagingRows.COLUMNS)
                    .writer(StagingRows.COLUMNS.size() - 1);
            StagingRows.write(first, 3);
            first.flush();

            StagingWriter second = StagingTable.create(h2, StagingRows.TABLE, StagingRows.COLUMNS)
                    .writer(StagingRows.COLUMNS.size() - 1);
            StagingRows.write(second, 1);
            second.flush();

            assertThat(StagingRows.read(h2)).isEqualTo(StagingRows.expected(1));
            h2.rollback();
        }
    }

    /** What pgjdbc's COPY would have sent to the server. */
    private static final class RecordingCopy implements CopyIn {

        private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
        int writes;
        boolean ended;
        boolean cancelled;

        String text() {
            return sent.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void writeToCopy(byte[] buf, int off, int siz) {
            sent.write(buf, off, siz);
            writes++;
        }

        @Override
        public void writeToCopy(ByteStreamWriter from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void flushCopy() {}

        @Override
        public long endCopy() {
            ended = true;
            return text().lines().count();
        }

        @Override
        public int getFieldCount() {
            return 0;
        }

        @Override
        public int getFormat() {
            return 0;
        }

        @Override
        public int getFieldFormat(int field) {
            return 0;
        }

        @Override
        public boolean isActive() {
            return !ended && !cancelled;
        }

        @Override
        public void cancelCopy() {
            cancelled = true;
        }

        @Override
        public long getHandledRowCount() {
            return 0;
        }
    }
}

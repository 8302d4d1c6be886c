package io.pxportal.exchange;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows of every kind of value a staging table takes, with the texts COPY's text format must escape, written through
 * a {@link StagingWriter} and read back as plain values.
 */
final class StagingRows {

    static final String TABLE = "staging_rows_test";
    static final List<String> COLUMNS = List.of(
            "row_no bigint not null",
            "label varchar(100)",
            "amount numeric(19, 2)",
            "due_on date",
            "seen_at timestamp(6) with time zone",
            "weekday varchar(10)",
            "filled_later bigint");
    static final List<String> LABELS = Arrays.asList(
            "plain",
            "tab\there",
            "line\nbreak",
            "carriage\rreturn",
            "back\\slash",
            "\\N",
            null,
            "Zürich ✓",
            "",
            "\\t\t\\\n");

    private StagingRows() {}

    /** Row {@code i}: a label from {@link #LABELS}, and each other column null now and then. */
    static List<Object> row(int i) {
        return Arrays.asList(
                (long) i,
                LABELS.get(i % LABELS.size()),
                i % 7 == 0 ? null : i % 7 == 1 ? new BigDecimal("1E+3") : BigDecimal.valueOf(i * 37L, 2),
                i % 5 == 0 ? null : LocalDate.of(2026, 1, 1).plusDays(i),
                i % 3 == 0 ? null : Instant.parse("2026-03-29T01:30:00.123456Z").plusSeconds(i * 61L),
                i % 8 == 0 ? null : DayOfWeek.of(i % 7 + 1),
                null);
    }

    static void write(StagingWriter writer, int rows) {
        for (int i = 0; i < rows; i++) {
            List<Object> row = row(i);
            writer.number((long) row.get(0))
                    .text((String) row.get(1))
                    .number((BigDecimal) row.get(2))
                    .date((LocalDate) row.get(3))
                    .instant((Instant) row.get(4))
                    .name((DayOfWeek) row.get(5))
                    .endRow();
        }
    }

    /** The rows as they are expected back: numbers at the column's scale, enum constants by name. */
    static List<List<Object>> expected(int rows) {
        List<List<Object>> expected = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            List<Object> row = new ArrayList<>(row(i));
            row.set(2, row.get(2) == null ? null : ((BigDecimal) row.get(2)).setScale(2));
            row.set(5, row.get(5) == null ? null : ((DayOfWeek) row.get(5)).name());
            expected.add(row);
        }
        return expected;
    }

    static List<List<Object>> read(Connection connection) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement query =
                        connection.prepareStatement("select row_no, label, amount, due_on, seen_at, weekday,"
                                + " filled_later from " + TABLE + " order by row_no");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                OffsetDateTime at = rs.getObject(5, OffsetDateTime.class);
                rows.add(Arrays.asList(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getBigDecimal(3),
                        rs.getObject(4, LocalDate.class),
                        at == null ? null : at.toInstant(),
                        rs.getString(6),
                        rs.getObject(7)));
            }
        }
        return rows;
    }
}

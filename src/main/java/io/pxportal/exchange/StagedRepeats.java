package io.pxportal.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Natural keys repeated in a {@link BulkUpsert}'s staging table, found in SQL (the rows are never all in memory):
 * each later row of a key is compared with the key's first row. Equal in every staged value, it repeats that row
 * (vendor portals export some rows twice) and is dropped before the write, so the record is written once; with any
 * other value it is an error naming both rows. Staging tables have a {@code row_no} column, the row's number in
 * the file.
 *
 * @param table       the staging table
 * @param key         SQL expressions of the natural key over the alias {@code %1$s}, e.g. {@code lower(%1$s.case_id)}
 * @param values      the other staged columns, compared as they are ({@code is not distinct from}: nulls are equal)
 * @param errorColumn the column a conflicting row's error is reported on
 */
public record StagedRepeats(String table, List<String> key, List<String> values, String errorColumn) {

    public StagedRepeats {
        key = List.copyOf(key);
        values = List.copyOf(values);
    }

    /** Later rows of a key whose values differ from its first row: errors naming both rows, in file order. */
    public List<RowError> conflicts(Connection connection, int limit) throws SQLException {
        List<RowError> errors = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                pairs("not (" + same() + ")") + " order by s.row_no fetch first ? rows only")) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    errors.add(new RowError(
                            rows.getLong(1),
                            errorColumn,
                            "import.value.duplicate-key",
                            rows.getLong(2),
                            rows.getLong(1)));
                }
            }
        }
        return errors;
    }

    /** Later rows of a key that equal its first row in every value. */
    public RepeatedRows repeated(Connection connection) throws SQLException {
        RepeatedRows.Collector repeated = new RepeatedRows.Collector();
        try (PreparedStatement query = connection.prepareStatement(pairs(same()) + " order by s.row_no");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                repeated.add(rows.getLong(1), rows.getLong(2));
            }
        }
        return repeated.result();
    }

    /** Deletes every row that equals an earlier row of its key; returns how many. */
    public long dropRepeated(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " s where exists ("
                + "select 1 from " + table + " f where " + equalKeys("s", "f") + " and f.row_no < s.row_no and "
                + same() + ")")) {
            return delete.executeLargeUpdate();
        }
    }

    /** Each later row of a repeated key with the first row of its key, where {@code condition} holds. */
    private String pairs(String condition) {
        String groupKey = String.join(", ", columns(key, "g0"));
        List<String> aliased = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            aliased.add(String.format(key.get(i), "g0") + " as k" + i);
        }
        List<String> joinFirst = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            joinFirst.add(String.format(key.get(i), "s") + " = g.k" + i);
        }
        return "select s.row_no, f.row_no from " + table + " s join (select " + String.join(", ", aliased)
                + ", min(g0.row_no) as first_row from " + table + " g0 group by " + groupKey
                + " having count(*) > 1) g on " + String.join(" and ", joinFirst) + " join " + table
                + " f on f.row_no = g.first_row where s.row_no <> g.first_row and " + condition;
    }

    private String same() {
        return values.stream()
                .map(v -> "s." + v + " is not distinct from f." + v)
                .collect(Collectors.joining(" and "));
    }

    private String equalKeys(String a, String b) {
        return key.stream()
                .map(k -> String.format(k, a) + " = " + String.format(k, b))
                .collect(Collectors.joining(" and "));
    }

    private static List<String> columns(List<String> templates, String alias) {
        return templates.stream().map(t -> String.format(t, alias)).toList();
    }
}

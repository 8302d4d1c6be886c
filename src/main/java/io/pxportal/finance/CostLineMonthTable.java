package io.pxportal.finance;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The SQL of table {@code cost_line_month} for {@link CostLineMonths}: the reads of the sums, and the changes of a
 * transaction written as atomic increments in key order (PostgreSQL's {@code insert … on conflict do update}; on
 * H2 an increment, else an insert), a group whose last line went deleted.
 */
final class CostLineMonthTable {

    private static final String COLUMNS = "period_month, platform_id, vendor_id, category, kind, currency";

    private static final String KEY_MATCHES = "period_month = ? and platform_id = ? and vendor_id = ? and category = ?"
            + " and kind = ? and currency = ?";

    private static final String UPSERT_POSTGRESQL = "insert into cost_line_month (" + COLUMNS
            + ", amount, line_count) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (" + COLUMNS + ") do update set"
            + " amount = cost_line_month.amount + excluded.amount,"
            + " line_count = cost_line_month.line_count + excluded.line_count";

    private static final String INCREMENT =
            "update cost_line_month set amount = amount + ?," + " line_count = line_count + ? where " + KEY_MATCHES;

    private static final String INSERT =
            "insert into cost_line_month (" + COLUMNS + ", amount, line_count) values (?, ?, ?, ?, ?, ?, ?, ?)";

    /** What a transaction changes in one group: the amount and the number of lines added (negative: removed). */
    static final class Change {
        private BigDecimal amount = BigDecimal.ZERO;
        private long lines;

        void add(CostLineMonths.Share share, int lines) {
            amount = lines > 0 ? amount.add(share.amount()) : amount.subtract(share.amount());
            this.lines += lines;
        }
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private volatile Boolean postgresql;

    CostLineMonthTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** The sums of the months from {@code from} to {@code to} (first days), of the {@code platforms} (null: all). */
    List<CostSum> sums(LocalDate from, LocalDate to, Collection<Long> platforms) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("from", from).addValue("to", to);
        String sql = "select " + COLUMNS + ", amount from cost_line_month where period_month >= :from"
                + " and period_month <= :to";
        if (platforms != null) {
            if (platforms.isEmpty()) {
                return List.of();
            }
            sql += " and platform_id in (:platforms)";
            parameters.addValue("platforms", platforms);
        }
        return named.query(
                sql,
                parameters,
                (row, i) -> new CostSum(
                        row.getLong("platform_id"),
                        row.getLong("vendor_id"),
                        CostCategory.valueOf(row.getString("category")),
                        CostKind.valueOf(row.getString("kind")),
                        row.getString("currency"),
                        row.getObject("period_month", LocalDate.class),
                        row.getBigDecimal("amount")));
    }

    List<String> currencies() {
        return jdbc.queryForList("select distinct currency from cost_line_month", String.class);
    }

    boolean anyLines() {
        return !jdbc.queryForList("select 1 from cost_line_month fetch first 1 rows only", Integer.class)
                .isEmpty();
    }

    /** Writes the changes in key order (the order every transaction locks them in). */
    void write(SortedMap<CostLineMonths.Key, Change> changes) {
        List<Object[]> increments = new ArrayList<>();
        List<Object[]> emptied = new ArrayList<>();
        changes.forEach((key, change) -> {
            if (change.lines == 0 && change.amount.signum() == 0) {
                return;
            }
            Object[] k = {
                key.month(),
                key.platformId(),
                key.vendorId(),
                key.category().name(),
                key.kind().name(),
                key.currency()
            };
            Object[] row = Arrays.copyOf(k, 8);
            row[6] = change.amount;
            row[7] = change.lines;
            increments.add(row);
            if (change.lines < 0) {
                emptied.add(k);
            }
        });
        if (increments.isEmpty()) {
            return;
        }
        if (postgresql()) {
            jdbc.batchUpdate(UPSERT_POSTGRESQL, increments);
        } else {
            upsertOneByOne(increments);
        }
        if (!emptied.isEmpty()) {
            jdbc.batchUpdate("delete from cost_line_month where " + KEY_MATCHES + " and line_count = 0", emptied);
        }
    }

    private boolean postgresql() {
        if (postgresql == null) {
            postgresql = "PostgreSQL".equalsIgnoreCase(jdbc.execute((ConnectionCallback<String>)
                    (Connection c) -> c.getMetaData().getDatabaseProductName()));
        }
        return postgresql;
    }

    /**
     * H2 (development and tests) has no "on conflict do update": the increment, else an insert, else — another
     * transaction inserted the key meanwhile, which a failed statement on H2 leaves the transaction intact for —
     * the increment again.
     */
    private void upsertOneByOne(List<Object[]> rows) {
        for (Object[] row : rows) {
            Object[] increment = new Object[8];
            increment[0] = row[6];
            increment[1] = row[7];
            System.arraycopy(row, 0, increment, 2, 6);
            if (jdbc.update(INCREMENT, increment) == 0) {
                try {
                    jdbc.update(INSERT, row);
                } catch (DuplicateKeyException inserted) {
                    jdbc.update(INCREMENT, increment);
                }
            }
        }
    }
}

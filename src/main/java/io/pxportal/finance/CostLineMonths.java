package io.pxportal.finance;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The cost lines summed per month, platform, vendor, category, kind and currency (table {@code cost_line_month},
 * V103): what every finance figure reads instead of grouping the lines.
 *
 * <p>Kept current as a JPA entity listener of {@link CostLine}, so every write of a line through JPA — the
 * service, imports, the API, service credits, demo data — changes the sums in its own transaction, with no call
 * at the writers: a line counts +1 at its key when inserted, −1 when removed, and an edit takes it off the key it
 * was loaded with and adds it to its new one. The changes of a transaction are collected by key and written just
 * before it commits (after the last flush), in key order, as atomic increments (PostgreSQL's {@code insert … on
 * conflict do update}; on H2 an increment, else an insert): concurrent writers neither lose an update nor
 * deadlock on the summary rows, as each locks its keys in the same order. A group whose last line goes is
 * deleted, so there is no row for an empty group. A read in the same transaction ({@link #sums}) first writes
 * what is pending.
 *
 * <p>Writes of {@code cost_line} that bypass JPA (SQL, a JPQL bulk update or delete) are not seen here; there are
 * none, and a new one must update this table too.
 */
@Component
class CostLineMonths {

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

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private volatile Boolean postgresql;

    private final ObjectProvider<EntityManagerFactory> entityManagers;

    /** Hibernate makes the listener while it builds the entity manager factory: that is looked up on first use. */
    CostLineMonths(JdbcTemplate jdbc, ObjectProvider<EntityManagerFactory> entityManagers) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.entityManagers = entityManagers;
    }

    /** The entity manager of the current transaction (itself, not a proxy: it tells transactions apart). */
    private EntityManager entityManager() {
        EntityManager current = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagers.getObject());
        if (current == null) {
            throw new IllegalStateException("cost lines are written only in a transaction");
        }
        return current;
    }

    /** One group of the summary. Ordered as the table's key, which is the order keys are locked in. */
    record Key(LocalDate month, Long platformId, Long vendorId, CostCategory category, CostKind kind, String currency)
            implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::month)
                .thenComparing(Key::platformId)
                .thenComparing(Key::vendorId)
                .thenComparing(k -> k.category().name())
                .thenComparing(k -> k.kind().name())
                .thenComparing(Key::currency);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    /** What a line adds to the summary: its key and amount. */
    record Share(Key key, BigDecimal amount) {}

    /**
     * The sums of the months from {@code from} to {@code to} (first days), of the {@code platforms} given (null:
     * all); one {@link CostSum} per group with lines.
     */
    List<CostSum> sums(LocalDate from, LocalDate to, Collection<Long> platforms) {
        writePending();
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

    /** Every currency a cost line is booked in. */
    List<String> currencies() {
        writePending();
        return jdbc.queryForList("select distinct currency from cost_line_month", String.class);
    }

    /** Whether any cost line is booked. */
    boolean anyLines() {
        writePending();
        return !jdbc.queryForList("select 1 from cost_line_month fetch first 1 rows only", Integer.class)
                .isEmpty();
    }

    @PostLoad
    void loaded(CostLine line) {
        line.summarised(line.share());
        // A loaded line may be changed and flushed only at commit: collecting from here on makes sure the
        // transaction's last flush happens before the pending sums are written.
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && !TransactionSynchronizationManager.hasResource(new PendingKey(entityManager()))) {
            pending();
        }
    }

    @PostPersist
    void inserted(CostLine line) {
        Share share = line.share();
        pending().add(share, 1);
        line.summarised(share);
    }

    @PostUpdate
    void updated(CostLine line) {
        Share before = line.summarised();
        if (before == null) {
            throw new IllegalStateException("cost line " + line.getId() + " updated without its loaded state");
        }
        Share after = line.share();
        Pending pending = pending();
        pending.add(before, -1);
        pending.add(after, 1);
        line.summarised(after);
    }

    @PostRemove
    void removed(CostLine line) {
        Share before = line.summarised();
        if (before == null) {
            throw new IllegalStateException("cost line " + line.getId() + " removed without its loaded state");
        }
        pending().add(before, -1);
    }

    /** The transaction's collected changes; the first call of a transaction has them written before it commits. */
    private Pending pending() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("cost lines are written only in a transaction");
        }
        PendingKey key = new PendingKey(entityManager());
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(key);
        if (pending == null) {
            pending = new Pending(key);
            TransactionSynchronizationManager.bindResource(key, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        if (pending.closed) {
            throw new IllegalStateException("a cost line was written after the summary was (at commit)");
        }
        return pending;
    }

    /** Flushes the transaction's entities and writes the summary changes collected so far. */
    private void writePending() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(new PendingKey(entityManager()));
        if (pending != null && !pending.closed) {
            entityManager().flush();
            pending.write();
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

    /**
     * Changes belong to the session of their transaction: a transaction started inside another (requires-new)
     * has a session of its own, and its changes must not wait for, or be lost with, the outer one's.
     */
    private record PendingKey(EntityManager session) {}

    private final class Pending implements TransactionSynchronization {

        private final PendingKey key;
        private final Map<Key, Change> changes = new TreeMap<>();
        private boolean closed;

        Pending(PendingKey key) {
            this.key = key;
        }

        void add(Share share, int lines) {
            Change change = changes.computeIfAbsent(share.key(), k -> new Change());
            change.amount = lines > 0 ? change.amount.add(share.amount()) : change.amount.subtract(share.amount());
            change.lines += lines;
        }

        /** Writes the changes in key order (the order every transaction locks them in), then forgets them. */
        void write() {
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
            changes.clear();
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

        @Override
        public void beforeCommit(boolean readOnly) {
            entityManager().flush();
            write();
            closed = true;
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }
    }

    private static final class Change {
        private BigDecimal amount = BigDecimal.ZERO;
        private long lines;
    }
}

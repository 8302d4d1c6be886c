package io.pxportal.finance;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final CostLineMonthTable table;
    private final ObjectProvider<EntityManagerFactory> entityManagers;

    /** Hibernate makes the listener while it builds the entity manager factory: that is looked up on first use. */
    CostLineMonths(JdbcTemplate jdbc, ObjectProvider<EntityManagerFactory> entityManagers) {
        this.table = new CostLineMonthTable(jdbc);
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
        return table.sums(from, to, platforms);
    }

    /** Every currency a cost line is booked in. */
    List<String> currencies() {
        writePending();
        return table.currencies();
    }

    /** Whether any cost line is booked. */
    boolean anyLines() {
        writePending();
        return table.anyLines();
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

    /**
     * Changes belong to the session of their transaction: a transaction started inside another (requires-new)
     * has a session of its own, and its changes must not wait for, or be lost with, the outer one's.
     */
    private record PendingKey(EntityManager session) {}

    private final class Pending implements TransactionSynchronization {

        private final PendingKey key;
        private final SortedMap<Key, CostLineMonthTable.Change> changes = new TreeMap<>();
        private boolean closed;

        Pending(PendingKey key) {
            this.key = key;
        }

        void add(Share share, int lines) {
            changes.computeIfAbsent(share.key(), k -> new CostLineMonthTable.Change())
                    .add(share, lines);
        }

        /** Forgets the changes collected so far and writes them. */
        void write() {
            SortedMap<Key, CostLineMonthTable.Change> collected = new TreeMap<>(changes);
            changes.clear();
            table.write(collected);
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
}

package io.pxportal.shared.domain;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A schema step that gives tables' new rows their ids from sequences that hands out {@link #ALLOCATION} at a
 * time, so that Hibernate can batch the table's inserts: an identity id needs each row's insert sent on its own to
 * learn the id, a pooled sequence one call per {@value #ALLOCATION} rows. Used by the record types that are
 * imported by the ten thousand. The entity then declares
 * {@code @SequenceGenerator(sequenceName = "<table>_seq", allocationSize = IdSequenceMigration.ALLOCATION)}.
 *
 * <p>A Java step, not a script, because the sequence must start above the ids already in use and neither H2 nor
 * PostgreSQL takes an expression in {@code create sequence}. The identity default stays on the column, so rows
 * inserted without an id still get one; it never meets the sequence's ids only because nothing inserts such rows.
 * Hibernate's pooled optimiser takes the value it reads as the top of its block, hence the start a block above the
 * highest id.
 */
public abstract class IdSequenceMigration implements JavaMigration {

    /** Ids per sequence call; the sequences' increment and the entities' allocation size. */
    public static final int ALLOCATION = 50;

    private final String version;
    private final List<String> tables;

    protected IdSequenceMigration(String version, String... tables) {
        this.version = version;
        this.tables = List.of(tables);
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return "pooled id sequences for " + String.join(", ", tables);
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String table : tables) {
                long highest;
                try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                    max.next();
                    highest = max.getLong(1);
                }
                statement.execute("create sequence " + table + "_seq start with " + (highest + ALLOCATION)
                        + " increment by " + ALLOCATION);
            }
        }
    }
}

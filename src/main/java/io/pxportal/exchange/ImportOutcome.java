package io.pxportal.exchange;

/**
 * What a committed import did: records created, changed, and found identical (left untouched), and the rows that
 * repeated an earlier row of the file exactly (imported once; a warning for the user).
 */
public record ImportOutcome(int created, int updated, int unchanged, RepeatedRows repeated) {

    public ImportOutcome {
        repeated = repeated == null ? RepeatedRows.NONE : repeated;
    }

    public ImportOutcome(int created, int updated, int unchanged) {
        this(created, updated, unchanged, RepeatedRows.NONE);
    }

    public ImportOutcome plus(ImportOutcome other) {
        return new ImportOutcome(created + other.created, updated + other.updated, unchanged + other.unchanged,
                repeated.count() == 0 ? other.repeated : repeated);
    }

    /** The same outcome with the file's repeated rows. */
    public ImportOutcome withRepeated(RepeatedRows rows) {
        return new ImportOutcome(created, updated, unchanged, rows);
    }
}

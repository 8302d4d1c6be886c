package io.pxportal.exchange;

import java.util.List;
import java.util.stream.Stream;

/**
 * What a committed import did: records created, changed, and found identical (left untouched); the warnings of
 * rows imported all the same (e.g. a contract whose terms look inconsistent), in file order; and the rows that
 * repeated an earlier row of the file exactly (imported once; a warning for the user).
 */
public record ImportOutcome(int created, int updated, int unchanged, List<RowError> warnings, RepeatedRows repeated) {

    public ImportOutcome {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        repeated = repeated == null ? RepeatedRows.NONE : repeated;
    }

    public ImportOutcome(int created, int updated, int unchanged) {
        this(created, updated, unchanged, List.of(), RepeatedRows.NONE);
    }

    public ImportOutcome plus(ImportOutcome other) {
        return new ImportOutcome(
                created + other.created,
                updated + other.updated,
                unchanged + other.unchanged,
                Stream.concat(warnings.stream(), other.warnings.stream()).toList(),
                repeated.count() == 0 ? other.repeated : repeated);
    }

    /** The same counts with the warnings the checks found. */
    ImportOutcome withWarnings(List<RowError> found) {
        return new ImportOutcome(created, updated, unchanged, found, repeated);
    }

    /** The same outcome with the file's repeated rows. */
    public ImportOutcome withRepeated(RepeatedRows rows) {
        return new ImportOutcome(created, updated, unchanged, warnings, rows);
    }
}

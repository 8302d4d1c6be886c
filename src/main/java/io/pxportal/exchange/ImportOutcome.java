package io.pxportal.exchange;

import java.util.List;
import java.util.stream.Stream;

/**
 * What a committed import did: records created, changed, and found identical (left untouched); and the warnings
 * of rows imported all the same (e.g. a contract whose terms look inconsistent), in file order.
 */
public record ImportOutcome(int created, int updated, int unchanged, List<RowError> warnings) {

    public ImportOutcome {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public ImportOutcome(int created, int updated, int unchanged) {
        this(created, updated, unchanged, List.of());
    }

    public ImportOutcome plus(ImportOutcome other) {
        return new ImportOutcome(created + other.created, updated + other.updated, unchanged + other.unchanged,
                Stream.concat(warnings.stream(), other.warnings.stream()).toList());
    }

    /** The same counts with the warnings the checks found. */
    ImportOutcome withWarnings(List<RowError> found) {
        return new ImportOutcome(created, updated, unchanged, found);
    }
}

package io.pxportal.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one pass found in the rows so far: every row error counted, and the first {@link ImportEngine#MAX_ERRORS_KEPT}
 * errors and warnings kept. The values given for the whole file fill each row's empty cells; a bad one would fail
 * every row alike, so it is reported once, on the first row.
 */
final class RowFindings {

    private final Map<String, String> constants;
    private final Set<String> constantErrors = new HashSet<>();
    private final List<RowError> errors = new ArrayList<>();
    private final List<RowError> warnings = new ArrayList<>();
    private long errorCount;

    RowFindings(Map<String, String> constants) {
        this.constants = constants;
    }

    /** The row's values, with the whole file's value in each column the row leaves empty. */
    Map<String, String> withConstants(Map<String, String> values) {
        if (constants.isEmpty()) {
            return values;
        }
        Map<String, String> filled = new HashMap<>(values);
        for (Map.Entry<String, String> constant : constants.entrySet()) {
            if (filled.get(constant.getKey()) == null) {
                filled.put(constant.getKey(), constant.getValue());
            }
        }
        return filled;
    }

    /** Takes in a checked row: its errors, or (a row without errors) its warnings. */
    void add(ImportRow row) {
        if (row.hasErrors()) {
            List<RowError> found = row.errors().stream()
                    .filter(e -> !constants.containsKey(e.column())
                            || !constants.get(e.column()).equals(row.text(e.column()))
                            || constantErrors.add(
                                    e.column() + "|" + e.messageKey() + "|" + Arrays.toString(e.arguments())))
                    .toList();
            errorCount += found.size();
            found.stream()
                    .limit(Math.max(0, ImportEngine.MAX_ERRORS_KEPT - errors.size()))
                    .forEach(errors::add);
        } else {
            row.warnings().stream()
                    .limit(Math.max(0, ImportEngine.MAX_ERRORS_KEPT - warnings.size()))
                    .forEach(warnings::add);
        }
    }

    /** The pass's result over {@code rows} rows, its drafts left to the caller. */
    <D> ImportEngine.Parsed<D> parsed(long rows) {
        return new ImportEngine.Parsed<>(List.of(), errors, errorCount, rows, warnings);
    }
}

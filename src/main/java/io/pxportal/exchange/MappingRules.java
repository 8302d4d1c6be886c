package io.pxportal.exchange;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** What a column mapping must cover before any row is read, the same for the wizard, the API and every pass. */
final class MappingRules {

    private MappingRules() {}

    /**
     * Every required column comes from the file or has one value for the whole file; a value is given only for
     * a known column the file does not fill.
     */
    static void requireMapped(RecordExchange<?> type, Map<String, Integer> mapping, ImportOptions options) {
        List<ImportColumn> columns = type.columns();
        for (String column : options.values().keySet()) {
            ImportColumn known = columns.stream()
                    .filter(c -> c.name().equals(column))
                    .findFirst()
                    .orElseThrow(() -> new ImportFileException("import.values.unknown-column", column));
            if (mapping.containsKey(column)) {
                // Named as the API names it: a wizard never sends a value for a column it maps.
                throw new ImportFileException("import.values.column-in-file", known.name());
            }
        }
        Set<String> filled = new HashSet<>(mapping.keySet());
        filled.addAll(options.values().keySet());
        for (ImportColumn column : columns) {
            if (column.required() && !filled.contains(column.name())) {
                // The label as a resolvable: every reader sees it in their own language, never as its key.
                throw new ImportFileException(
                        "import.mapping.required-missing", new DefaultMessageSourceResolvable(column.labelKey()));
            }
        }
    }
}

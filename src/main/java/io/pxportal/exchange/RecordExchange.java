package io.pxportal.exchange;

import java.util.List;
import org.springframework.data.domain.Pageable;

/**
 * A record type the portal imports from and exports to CSV/XLSX. Modules declare one bean per type; the
 * import wizard, the templates, the API and the round-trip export all work from it.
 *
 * @param <D> the module's draft record that its service writes
 */
public interface RecordExchange<D> {

    /** Stable id, used in URLs and the API, e.g. "vendors". */
    String type();

    /** Message key of the type's name in lists. */
    String labelKey();

    /** The columns in template order. */
    List<ImportColumn> columns();

    /** Whether the current user may import this type at all; {@link #upsert} checks again. */
    boolean mayImport();

    /**
     * Converts one row to a draft. Problems go to {@code row.error(...)}; the return value of a row with errors
     * is ignored. Bean Validation of the draft runs afterwards; a violation on property {@code p} is reported
     * on column {@code p}.
     */
    D read(ImportRow row);

    /**
     * A reader for one pass over a file, if the type has one: it may remember what it looked up (a platform by
     * name, say) for the rest of the pass, which {@link #read} called per row cannot. Reads exactly as
     * {@link #read} does. Without one, each row goes to {@link #read}.
     */
    @org.springframework.security.access.prepost.PreAuthorize("isAuthenticated()")
    default java.util.Optional<java.util.function.Function<ImportRow, D>> reader() {
        return java.util.Optional.empty();
    }

    /**
     * The type's set-based write path for large files, if it has one: the import then streams the valid rows into
     * it instead of keeping them and calling {@link #upsert}. Same rules: upsert by natural key, audited, all or
     * nothing.
     */
    @org.springframework.security.access.prepost.PreAuthorize("isAuthenticated()")
    default java.util.Optional<BulkUpsert<D>> bulk() {
        return java.util.Optional.empty();
    }

    /** The natural key (e.g. the vendor name, case-insensitive); two rows with one key are an error. */
    String naturalKey(D draft);

    /**
     * Creates new records, updates changed ones and leaves identical ones untouched, all in one transaction:
     * if anything fails, nothing is written.
     */
    ImportOutcome upsert(List<D> drafts);

    /** One page of all records in column order, sorted by natural key: for export and re-import. */
    List<List<Object>> exportPage(Pageable pageable);
}

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

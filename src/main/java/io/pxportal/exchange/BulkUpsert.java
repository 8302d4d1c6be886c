package io.pxportal.exchange;

import java.util.List;

/**
 * The optional bulk capability of a {@link RecordExchange}, for record types that come by the million (usage
 * measurements): valid rows are staged as the file is read — never all in memory — and written set-based at the
 * end, in the caller's transaction. Same contract as {@link RecordExchange#upsert}: matched by natural key,
 * identical records untouched, changes audited, the caller's access rules enforced, nothing written on any error.
 *
 * @param <D> the module's draft record
 */
public interface BulkUpsert<D> {

    /** Row errors a write reports at most for keys repeated in a file, as the import keeps for other problems. */
    int MAX_ERRORS = ImportEngine.MAX_ERRORS_KEPT;

    /** Opens a staging area for one import; must be called inside the transaction that will write. */
    Staging<D> stage();

    /** The rows of one import, on their way in. */
    interface Staging<D> {

        /** Stages one valid row; {@code row} is its number in the file, for error reports. */
        void add(long row, D draft);

        /**
         * After the last row, the problems only the whole set shows — a natural key repeated in the file with other
         * values — as row errors in file order naming both rows, at most {@code limit} of them.
         */
        List<RowError> check(int limit);

        /** After the last row, the rows that repeat an earlier row exactly (same key, same values). */
        RepeatedRows repeated();

        /**
         * Writes the staged rows: creates new records, updates changed ones (one audit revision for the import,
         * naming the user) and leaves identical ones untouched. A row that repeats an earlier one exactly is
         * written once.
         *
         * @throws ImportRejectedException when a natural key repeats in the file with other values
         * @throws org.springframework.security.access.AccessDeniedException when a row belongs to a record the
         *         user may not change
         */
        ImportOutcome write();
    }
}

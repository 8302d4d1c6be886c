package io.pxportal.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rows of a file that repeat an earlier row exactly — same natural key, same values, as vendor portals export
 * them — and are therefore imported once: how many, and the first {@link #KEPT} of them with the row they repeat.
 * A warning for the user, not an error; a key repeated with other values is an error instead.
 */
public record RepeatedRows(long count, List<Repeat> rows) {

    /** The repeated rows that are listed; the count goes on. */
    public static final int KEPT = 100;

    public static final RepeatedRows NONE = new RepeatedRows(0, List.of());

    /** Row {@code row} repeats row {@code first}: both are line (CSV) or row (XLSX) numbers of the file. */
    public record Repeat(long row, long first) {}

    public RepeatedRows {
        rows = List.copyOf(rows);
    }

    /** Collects repeats as a file is read. */
    static final class Collector {

        private final List<Repeat> rows = new ArrayList<>();
        private long count;

        void add(long row, long first) {
            count++;
            if (rows.size() < KEPT) {
                rows.add(new Repeat(row, first));
            }
        }

        RepeatedRows result() {
            return count == 0 ? NONE : new RepeatedRows(count, rows);
        }
    }

    /** The listed rows as text, e.g. "5 (= 3), 9 (= 3)", for messages; "…" when more were found. */
    public String listed() {
        String listed =
                rows.stream().map(r -> r.row() + " (= " + r.first() + ")").collect(Collectors.joining(", "));
        return count > rows.size() ? listed + ", …" : listed;
    }

    /** Stored form of the listed rows: "5:3,9:3". */
    String encoded() {
        return rows.stream().map(r -> r.row() + ":" + r.first()).collect(Collectors.joining(","));
    }

    static RepeatedRows decode(Long count, String encoded) {
        if (count == null || count == 0) {
            return NONE;
        }
        List<Repeat> rows = new ArrayList<>();
        if (encoded != null && !encoded.isBlank()) {
            for (String pair : encoded.split(",")) {
                String[] parts = pair.split(":");
                rows.add(new Repeat(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
            }
        }
        return new RepeatedRows(count, rows);
    }
}

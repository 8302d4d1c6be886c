package io.pxportal.exchange;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Reads a table row by row: the first row is the header. Rows come as text, one string per cell. */
abstract class TableReader implements Closeable {

    private Closeable source = () -> {};
    private long rowNumber;

    /** The next row, or null at the end of the file. */
    abstract List<String> next();

    /**
     * A cell's text as it was meant: the apostrophe that neutralises a formula ({@link TableWriter#neutralise}: the
     * portal's own export writes {@code =X} as {@code '=X}, as spreadsheet users do) is taken off, once, when it
     * stands before =, +, -, @, tab or CR — otherwise re-importing an export would change every such value.
     */
    static String cell(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && TableWriter.formulaBehindApostrophes(text)
                ? text.substring(1)
                : text;
    }

    /** The row's cells through {@link #cell}; the same list when no cell changes (the common case). */
    static List<String> cells(List<String> row) {
        List<String> cells = row;
        for (int i = 0; i < row.size(); i++) {
            String text = row.get(i);
            if (!text.isEmpty() && text.charAt(0) == '\'') {
                if (cells == row) {
                    cells = new java.util.ArrayList<>(row);
                }
                cells.set(i, cell(text));
            }
        }
        return cells;
    }

    /** The 1-based line (CSV) or row (XLSX) number of the row last returned. */
    long rowNumber() {
        return rowNumber;
    }

    void rowNumber(long number) {
        this.rowNumber = number;
    }

    void source(Closeable source) {
        this.source = source;
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (IOException e) {
            // Only ever reading: closing the source cannot lose anything.
        }
    }
}

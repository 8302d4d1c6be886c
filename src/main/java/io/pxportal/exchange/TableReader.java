package io.pxportal.exchange;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Reads a table row by row: the first row is the header. Rows come as text, one string per cell. */
abstract class TableReader implements Closeable {

    private Closeable source = () -> { };
    private long rowNumber;

    /** The next row, or null at the end of the file. */
    abstract List<String> next();

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

package io.pxportal.exchange;

import java.io.Closeable;
import java.util.List;

/** Reads a table row by row: the first row is the header. Rows come as text, one string per cell. */
interface TableReader extends Closeable {

    /** The next row, or null at the end of the file. */
    List<String> next();

    /** The 1-based line (CSV) or row (XLSX) number of the row last returned. */
    long rowNumber();

    @Override
    void close();
}

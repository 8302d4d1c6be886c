package io.pxportal.exchange;

import java.util.Locale;

/** The table formats the portal reads and writes. */
public enum FileFormat {
    CSV("text/csv", ".csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    private final String contentType;
    private final String extension;

    FileFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name says it has; anything but .xlsx is read as CSV (.csv, .txt, .tsv). */
    public static FileFormat ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        if (name.endsWith(".xls")) {
            throw new ImportFileException("import.file.old-excel");
        }
        return CSV;
    }
}

package io.pxportal.exchange;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table row by row to CSV (FastCSV, UTF-8 with BOM so spreadsheet programs detect it) or XLSX (POI's
 * streaming SXSSF, 100 rows in memory), so that an export of any size streams. Text that a spreadsheet would
 * run as a formula (starting with =, +, -, @, tab or CR) is neutralised in CSV with a leading apostrophe, which the
 * import takes off again: an export imports back unchanged.
 */
public sealed interface TableWriter extends AutoCloseable {

    void row(List<?> cells);

    @Override
    void close();

    static TableWriter open(FileFormat format, OutputStream out) {
        return format == FileFormat.XLSX ? new Xlsx(out) : new Csv(out);
    }

    /**
     * Text as a spreadsheet must see it: a would-be formula gets a leading apostrophe, and so does text that
     * already starts with apostrophes before one, so that the import, which takes one such apostrophe off
     * ({@link TableReader#cell}), reads back exactly what was written.
     */
    static String neutralise(String text) {
        return formulaBehindApostrophes(text) ? "'" + text : text;
    }

    /** Whether the text, leading apostrophes aside, starts as a formula would (=, +, -, @, tab or CR). */
    static boolean formulaBehindApostrophes(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && "=+-@\t\r".indexOf(text.charAt(i)) >= 0;
    }

    /** CSV, comma-separated, UTF-8 with byte-order mark. */
    final class Csv implements TableWriter {

        private final CsvWriter writer;

        Csv(OutputStream out) {
            try {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.writer = CsvWriter.builder().build(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        }

        @Override
        public void row(List<?> cells) {
            writer.writeRecord(cells.stream().map(Csv::text).toList());
        }

        private static String text(Object value) {
            if (value == null) {
                return "";
            }
            if (value instanceof Number number) {
                return number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
            }
            return neutralise(value.toString());
        }

        @Override
        public void close() {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** XLSX through SXSSF: numbers and dates as typed cells, text as text (never a formula). */
    final class Xlsx implements TableWriter {

        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        private final SXSSFSheet sheet = workbook.createSheet("Export");
        private final CellStyle dateStyle;
        private int rowIndex;

        Xlsx(OutputStream out) {
            this.out = out;
            this.dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        }

        @Override
        public void row(List<?> cells) {
            SXSSFRow row = sheet.createRow(rowIndex++);
            for (int i = 0; i < cells.size(); i++) {
                Object value = cells.get(i);
                var cell = row.createCell(i);
                switch (value) {
                    case null -> cell.setBlank();
                    case Number n -> cell.setCellValue(n.doubleValue());
                    case LocalDate d -> {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    }
                    // A text cell is never run as a formula: only an apostrophe the import would take off is doubled.
                    default -> cell.setCellValue(value.toString().startsWith("'") ? neutralise(value.toString())
                            : value.toString());
                }
            }
        }

        @Override
        public void close() {
            try (workbook) {
                workbook.write(out);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

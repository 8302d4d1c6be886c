package io.pxportal.exchange;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
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
 * import takes off again: an export imports back unchanged. A spreadsheet may split a CSV line on semicolons or
 * tabs (Ukrainian and Russian settings use ";"), so a formula start right after one of those or a comma counts too,
 * and every cell holding a separator, quote, line break or formula start is quoted.
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

    /**
     * Whether the text, leading apostrophes aside, starts as a formula would (=, +, -, @, tab or CR), or has a
     * fragment that does after a comma, semicolon or tab (spaces skipped), where a spreadsheet splitting on that
     * character would start a cell. Prepending apostrophes never changes the answer, which the import relies on.
     */
    static boolean formulaBehindApostrophes(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i < text.length() && isFormulaStart(text.charAt(i))) {
            return true;
        }
        for (int at = i; at < text.length(); at++) {
            if (SEPARATORS.indexOf(text.charAt(at)) >= 0) {
                int next = at + 1;
                while (next < text.length() && text.charAt(next) == ' ') {
                    next++;
                }
                if (next < text.length() && isFormulaStart(text.charAt(next))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The characters some spreadsheet splits a CSV line on, whatever the file's own separator. */
    String SEPARATORS = ",;\t";

    private static boolean isFormulaStart(char c) {
        return "=+-@\t\r".indexOf(c) >= 0;
    }

    /** Whether a CSV field must be quoted: it holds a separator, a quote or a line break, or is neutralised. */
    static boolean needsQuotes(String field) {
        for (int i = 0; i < field.length(); i++) {
            if (",;\t\"\r\n".indexOf(field.charAt(i)) >= 0) {
                return true;
            }
        }
        return field.startsWith("'") && formulaBehindApostrophes(field);
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
            this.writer = CsvWriter.builder()
                    .quoteStrategy(new QuoteStrategy() {
                        @Override
                        public boolean quoteValue(int lineNo, int fieldIdx, String value) {
                            return needsQuotes(value);
                        }
                    })
                    .build(new OutputStreamWriter(out, StandardCharsets.UTF_8));
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
            dateStyle.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
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
                    default ->
                        cell.setCellValue(
                                value.toString().startsWith("'") ? neutralise(value.toString()) : value.toString());
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

package io.pxportal.exchange;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The first sheet of an XLSX workbook, streamed with excel-streaming-reader (Apache POI underneath), so a large
 * sheet never sits in memory. POI's zip-bomb guard stays on. Dates become ISO dates and numbers are written with
 * the file locale's decimal separator, so the same value parsers serve CSV and XLSX. Text cells go through the
 * same un-neutralising as CSV cells ({@link TableReader#cell}).
 */
final class XlsxTableReader extends TableReader {

    private final Workbook workbook;
    private final Iterator<Row> rows;
    private final char decimalSeparator;

    XlsxTableReader(InputStream in, Locale locale) {
        this.decimalSeparator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        try {
            this.workbook =
                    StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(in);
            source(workbook);
            if (workbook.getNumberOfSheets() == 0) {
                throw new ImportFileException("import.file.xlsx-empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            this.rows = sheet.iterator();
        } catch (ImportFileException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw translate(e);
        }
    }

    @Override
    List<String> next() {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                List<String> cells = cells(row);
                if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    rowNumber(row.getRowNum() + 1L);
                    return cells;
                }
            }
            return null;
        } catch (ImportFileException e) {
            throw e;
        } catch (Exception e) {
            throw translate(e);
        }
    }

    private List<String> cells(Row row) {
        int last = Math.max(row.getLastCellNum(), 0);
        List<String> cells = new ArrayList<>(last);
        for (int i = 0; i < last; i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell(cell.getStringCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? dateText(cell.getLocalDateTimeCellValue())
                        : BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString()
                                .replace('.', decimalSeparator);
            default -> "";
        };
    }

    /**
     * A date cell as an ISO date, with its time of day when it has one (2026-03-05T10:15): dropping the time made a
     * ticket opened at 10:15 open at midnight. A date column refuses a value with a time rather than guess the day.
     */
    private static String dateText(LocalDateTime value) {
        return value.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? value.toLocalDate().toString()
                : value.toString();
    }

    private static ImportFileException translate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb")) {
                return new ImportFileException("import.file.zip-bomb");
            }
        }
        return new ImportFileException("import.file.xlsx-broken");
    }
}

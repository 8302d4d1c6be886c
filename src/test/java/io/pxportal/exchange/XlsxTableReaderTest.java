package io.pxportal.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTableReaderTest {

    static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Usage");
            XSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("Name");
            header.createCell(1).setCellValue("Amount");
            header.createCell(2).setCellValue("Date");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("Exstream");
            row.createCell(1).setCellValue(1234.5);
            XSSFCellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            var date = row.createCell(2);
            date.setCellValue(LocalDate.of(2026, 12, 31));
            date.setCellStyle(dateStyle);
            sheet.createRow(3).createCell(0).setCellValue("after a gap");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static List<List<String>> read(byte[] bytes, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        try (XlsxTableReader reader = new XlsxTableReader(new ByteArrayInputStream(bytes), locale)) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void typed_cells_become_text_the_value_parsers_read_in_the_file_locale() throws IOException {
        List<List<String>> rows = read(workbook(), Locale.forLanguageTag("uk-UA"));

        assertThat(rows)
                .containsExactly(
                        List.of("Name", "Amount", "Date"),
                        List.of("Exstream", "1234,5", "2026-12-31"),
                        List.of("after a gap"));
        assertThat(new ValueParsers(Locale.forLanguageTag("uk-UA"))
                        .decimal(rows.get(1).get(1)))
                .contains(new java.math.BigDecimal("1234.5"));
    }

    @Test
    void a_truncated_workbook_is_refused_as_damaged() throws IOException {
        byte[] whole = workbook();
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> read(truncated, Locale.UK))
                .isInstanceOf(ImportFileException.class)
                .extracting(e -> ((ImportFileException) e).messageKey())
                .isEqualTo("import.file.xlsx-broken");
    }

    @Test
    void a_zip_bomb_is_refused_as_unsafe() throws IOException {
        // A real workbook whose sheet is replaced by 200 MB of blanks that compress to almost nothing.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream source = new ZipInputStream(new ByteArrayInputStream(workbook()));
                ZipOutputStream zip = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = source.getNextEntry(); entry != null; entry = source.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    zip.write(
                            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                                    .getBytes());
                    byte[] blanks = new byte[1024 * 1024];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 200; i++) {
                        zip.write(blanks);
                    }
                    zip.write("</sheetData></worksheet>".getBytes());
                } else {
                    source.transferTo(zip);
                }
            }
        }

        assertThatThrownBy(() -> read(bomb.toByteArray(), Locale.UK))
                .isInstanceOf(ImportFileException.class)
                .extracting(e -> ((ImportFileException) e).messageKey())
                .isEqualTo("import.file.zip-bomb");
    }
}

package io.pxportal.exchange;

import static io.pxportal.exchange.ExportedFiles.firstExported;
import static io.pxportal.exchange.ExportedFiles.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The same impossible dates, times, months and quarters through every import type that has such a column, as a
 * CSV file, as an XLSX file with text cells and as JSON rows: each is a row error naming the column and the value,
 * and nothing is written. The row around the bad value is a real record of the demo data, so the value is the
 * only thing wrong with it.
 */
@PortalIntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ImpossibleDatesImportTest {

    private static final List<String> DATES =
            List.of("31.02.2026", "2026-02-31", "29.02.2026", "31/04/2026", "2026-13-01", "00.01.2026");
    private static final List<String> TIMES = List.of(
            "31.02.2026 10:00",
            "2026-02-31 10:00",
            "2026-02-29T10:00",
            "2026/04/31 10:00",
            "2026-13-05 10:00",
            "2026-03-05 24:61",
            "2026-03-05 24:00",
            "05.03.2026 10:60",
            "2026-03-05 10:15:60",
            "2026-03-05T24:00:00Z",
            "2026-03-05T23:59:60Z",
            "2026-02-31T10:00:00+01:00");
    private static final List<String> MONTHS = List.of("2026-13", "2026-00", "31.02.2026", "2026-02-30");
    private static final List<String> QUARTERS = List.of("2026-Q5", "2026-Q0", "1899-Q4");
    /** For a type's further columns of a kind: the same reader, so two values show it is used there too. */
    private static final List<String> FEW_DATES = List.of("31.02.2026", "2026-02-29");

    private static final List<String> FEW_TIMES = List.of("2026-02-31 10:00", "2026-03-05T23:59:60Z");

    /** Every date, time, month or quarter column of every import type, with the values it must refuse. */
    private static final Map<String, Map<String, List<String>>> COLUMNS = Map.ofEntries(
            Map.entry("contracts", Map.of("start", DATES, "noticeGivenOn", FEW_DATES)),
            Map.entry("entitlements", Map.of("termFrom", DATES, "termTo", FEW_DATES)),
            Map.entry("usage", Map.of("from", DATES, "to", FEW_DATES)),
            Map.entry("roadmap-objectives", Map.of("validFrom", DATES, "validTo", FEW_DATES)),
            Map.entry("cost-lines", Map.of("period", MONTHS)),
            Map.entry("fx-rates", Map.of("month", MONTHS)),
            Map.entry("roadmap-items", Map.of("committedQuarter", QUARTERS)),
            Map.entry("roadmap-requirements", Map.of("neededBy", QUARTERS)),
            Map.entry("experience-observations", Map.of("period", QUARTERS)),
            Map.entry(
                    "business-calendars",
                    Map.of("effectiveFrom", DATES, "holidays", List.of("2026-02-31 Carnival", "29.02.2026 Leap day"))),
            Map.entry(
                    "tickets",
                    Map.of(
                            "opened",
                            TIMES,
                            "statusSince",
                            FEW_TIMES,
                            "responded",
                            FEW_TIMES,
                            "resolved",
                            FEW_TIMES,
                            "closed",
                            FEW_TIMES)));

    @Autowired
    DirectImport imports;

    @Autowired
    ExportService exports;

    @Autowired
    ExchangeTypes types;

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> impossibleValues() {
        return COLUMNS.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .flatMap(type -> type.getValue().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .flatMap(column -> column.getValue().stream()
                                .map(value -> Arguments.of(type.getKey(), column.getKey(), value))));
    }

    @Test
    void every_import_type_with_a_date_column_is_in_the_matrix() {
        List<String> dated = types.all().stream()
                .filter(t -> t.columns().stream().anyMatch(c -> {
                    String example = c.example() == null ? "" : c.example();
                    return example.matches("\\d{4}-(\\d{2}|Q\\d).*");
                }))
                .map(RecordExchange::type)
                .toList();
        assertThat(COLUMNS.keySet()).containsAll(dated);
    }

    @ParameterizedTest(name = "{0}.{1} = {2}")
    @MethodSource("impossibleValues")
    void an_impossible_value_is_a_row_error_naming_it_and_nothing_is_written(String type, String column, String value) {
        Map<String, String> row = new LinkedHashMap<>(firstExported(exports, types, type));
        assertThat(row).as("%s has a column %s", type, column).containsKey(column);
        row.put(column, value);
        long revisions = revisions();

        assertRefused(
                type,
                column,
                value,
                () -> imports.importNow(
                        type,
                        type + ".csv",
                        new ByteArrayInputStream(file(FileFormat.CSV, row)),
                        ImportOptions.defaults()));
        assertRefused(
                type,
                column,
                value,
                () -> imports.importNow(
                        type,
                        type + ".xlsx",
                        new ByteArrayInputStream(file(FileFormat.XLSX, row)),
                        ImportOptions.defaults()));
        assertRefused(
                type,
                column,
                value,
                () -> imports.importRows(type, List.of(new HashMap<>(row)), ImportOptions.defaults()));
        assertThat(revisions()).as("revisions").isEqualTo(revisions);
    }

    @Test
    void the_demo_rows_the_matrix_starts_from_import_unchanged() {
        for (String type : COLUMNS.keySet()) {
            Map<String, String> demoRow = new HashMap<>(firstExported(exports, types, type));
            assertThat(imports.importRows(type, List.of(demoRow), ImportOptions.defaults()))
                    .as(type)
                    .isEqualTo(new ImportOutcome(0, 0, 1));
        }
    }

    @Test
    void an_xlsx_date_time_cell_keeps_its_time_and_a_text_cell_with_an_impossible_date_is_refused() {
        // Closed years ago, so that no test's SLA figures of recent quarters or open backlog see these tickets.
        Map<String, String> ticket = new LinkedHashMap<>(firstExported(exports, types, "tickets"));
        List.of("responded", "resolved").forEach(c -> ticket.put(c, null));
        ticket.put("status", "Closed");
        ticket.put("statusSince", "2019-03-06 10:00");
        ticket.put("closed", "2019-03-06 10:00");
        ticket.put("caseId", "XLSX-TIME-CELL");
        imports.importNow(
                "tickets",
                "tickets.xlsx",
                new ByteArrayInputStream(xlsxWithDateCell(ticket, "opened", LocalDateTime.of(2019, 3, 5, 10, 15))),
                ImportOptions.defaults());
        ticket.put("caseId", "XLSX-TIME-TEXT");
        ticket.put("opened", "2019-03-05 10:15");
        imports.importNow(
                "tickets",
                "tickets.xlsx",
                new ByteArrayInputStream(file(FileFormat.XLSX, ticket)),
                ImportOptions.defaults());

        ByteArrayOutputStream export = new ByteArrayOutputStream();
        exports.writeAll("tickets", FileFormat.XLSX, Locale.UK, export);
        int caseId = columns("tickets").indexOf("caseId");
        int opened = columns("tickets").indexOf("opened");
        Map<String, String> openedByCase = new HashMap<>();
        rows(FileFormat.XLSX, export.toByteArray()).forEach(r -> openedByCase.put(r.get(caseId), r.get(opened)));
        // The cell's time of day came through (not midnight): the same instant as the text 2019-03-05 10:15.
        assertThat(openedByCase.get("XLSX-TIME-CELL")).isNotNull().isEqualTo(openedByCase.get("XLSX-TIME-TEXT"));

        ticket.put("caseId", "XLSX-TIME-IMPOSSIBLE");
        ticket.put("opened", "31.02.2026 10:00");
        assertRefused(
                "tickets",
                "opened",
                "31.02.2026 10:00",
                () -> imports.importNow(
                        "tickets",
                        "tickets.xlsx",
                        new ByteArrayInputStream(file(FileFormat.XLSX, ticket)),
                        ImportOptions.defaults()));
    }

    private static void assertRefused(String type, String column, String value, Runnable importing) {
        assertThatThrownBy(importing::run)
                .as("%s.%s = %s", type, column, value)
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors()).anySatisfy(error -> {
                            assertThat(error.column()).isEqualTo(column);
                            assertThat(Arrays.asList(error.arguments())).contains(value);
                        }));
    }

    private long revisions() {
        return jdbc.queryForObject("select count(*) from revinfo", Long.class);
    }

    private List<String> columns(String type) {
        return types.get(type).columns().stream().map(ImportColumn::name).toList();
    }

    /** A file with the column names as headers and the row's values as text cells. */
    private static byte[] file(FileFormat format, Map<String, String> row) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.open(format, out)) {
            writer.row(new ArrayList<>(row.keySet()));
            writer.row(new ArrayList<>(row.values()));
        }
        return out.toByteArray();
    }

    private static byte[] xlsxWithDateCell(Map<String, String> row, String column, LocalDateTime value) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet();
            XSSFRow header = sheet.createRow(0);
            XSSFRow data = sheet.createRow(1);
            XSSFCellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            int i = 0;
            for (Map.Entry<String, String> cell : row.entrySet()) {
                header.createCell(i).setCellValue(cell.getKey());
                if (cell.getKey().equals(column)) {
                    data.createCell(i).setCellValue(value);
                    data.getCell(i).setCellStyle(dateTime);
                } else if (cell.getValue() != null) {
                    data.createCell(i).setCellValue(cell.getValue());
                }
                i++;
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

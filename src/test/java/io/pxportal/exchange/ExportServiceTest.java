package io.pxportal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;

class ExportServiceTest {

    private final ExportService exports = new ExportService(
            new ExchangeTypes(List.of()),
            null,
            Clock.fixed(Instant.parse("2026-03-31T22:30:00Z"), ZoneId.of("Europe/Kyiv")));

    @Test
    void an_exported_list_is_named_after_the_day_on_the_portal_clock() {
        assertThat(exports.fileName("vendors", FileFormat.XLSX)).isEqualTo("vendors-2026-04-01.xlsx");
    }

    @Test
    void a_list_streams_page_by_page_until_a_short_page() {
        List<Pageable> asked = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        exports.writeList(
                FileFormat.CSV,
                out,
                List.of("n"),
                pageable -> {
                    asked.add(pageable);
                    int from = (int) pageable.getOffset();
                    return IntStream.range(from, Math.min(from + pageable.getPageSize(), 1234))
                            .boxed()
                            .toList();
                },
                n -> List.of(n));

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(1235);
        assertThat(asked).extracting(Pageable::getPageNumber).containsExactly(0, 1, 2);
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_neutralised_in_csv_but_numbers_stay_numbers() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeList(
                FileFormat.CSV,
                out,
                List.of("a", "b", "c", "d"),
                p -> p.getPageNumber() == 0
                        ? List.of(List.<Object>of("=HYPERLINK(\"http://x\")", "+1", "@SUM(A1)", new BigDecimal("-5")))
                        : List.of(),
                row -> row);

        // As the file holds it (the import takes the apostrophes off again).
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList().get(1))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",\"'+1\",\"'@SUM(A1)\",-5");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(chars = {';', ',', '\t'})
    void a_spreadsheet_splitting_on_another_separator_gets_no_cell_that_starts_a_formula(char separator) {
        List<Object> values = List.of("x;=cmd|' /C calc'!A0", "a,+1", "b\t@SUM(A1)", "c; -2+3", "Plain; text, here");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeList(
                FileFormat.CSV,
                out,
                List.of("a", "b", "c", "d", "e"),
                p -> p.getPageNumber() == 0 ? List.of(values) : List.of(),
                row -> row);
        String line = out.toString(StandardCharsets.UTF_8).lines().toList().get(1);

        List<String> cells = de.siegmar.fastcsv.reader.CsvReader.builder()
                .fieldSeparator(separator)
                .allowExtraCharsAfterClosingQuote(true)
                .ofCsvRecord(line)
                .stream()
                .flatMap(r -> r.getFields().stream())
                .toList();

        assertThat(cells)
                .isNotEmpty()
                .allSatisfy(cell -> assertThat(cell)
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("-")
                        .doesNotStartWith("@"));
        assertThat(line).startsWith("\"'x;=cmd|' /C calc'!A0\",\"'a,+1\",").endsWith(",\"Plain; text, here\"");
    }

    @Test
    void xlsx_exports_read_back_with_the_same_values() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeList(
                FileFormat.XLSX,
                out,
                List.of("name", "amount", "date"),
                p -> p.getPageNumber() == 0
                        ? List.of(
                                List.<Object>of("=1+1", new BigDecimal("1234.5"), java.time.LocalDate.of(2026, 12, 31)))
                        : List.of(),
                row -> row);

        try (XlsxTableReader reader = new XlsxTableReader(new ByteArrayInputStream(out.toByteArray()), Locale.UK)) {
            assertThat(reader.next()).containsExactly("name", "amount", "date");
            assertThat(reader.next()).containsExactly("=1+1", "1234.5", "2026-12-31");
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(FileFormat.class)
    void text_with_a_formula_start_or_apostrophes_reads_back_as_it_was_written(FileFormat format) {
        List<Object> values = List.of(
                "=SUM(A1)",
                "+1",
                "-x",
                "@here",
                "'=X",
                "''@y",
                "'plain",
                "'",
                "it's",
                "\tTab",
                "- list item",
                "x;=cmd|' /C calc'!A0",
                "'a, -1",
                "a; b");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeList(
                format,
                out,
                List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n"),
                p -> p.getPageNumber() == 0 ? List.of(values) : List.of(),
                row -> row);

        try (TableReader reader = format == FileFormat.XLSX
                ? new XlsxTableReader(new ByteArrayInputStream(out.toByteArray()), Locale.UK)
                : new CsvTableReader(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            reader.next();
            assertThat(reader.next())
                    .containsExactlyElementsOf(
                            values.stream().map(Object::toString).toList());
        }
    }

    @Test
    void the_import_takes_off_the_apostrophe_before_a_formula_start_once_and_no_other() {
        assertThat(List.of("'=X", "'+1", "'-5", "'@a", "''=X", "'x", "'", "''", "x'=", "'x;=1", "'x;1"))
                .map(TableReader::cell)
                .containsExactly("=X", "+1", "-5", "@a", "'=X", "'x", "'", "''", "x'=", "x;=1", "'x;1");
    }
}

package io.pxportal.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTableReaderTest {

    static List<List<String>> read(byte[] bytes, Charset charset) {
        List<List<String>> rows = new ArrayList<>();
        try (CsvTableReader reader = new CsvTableReader(new ByteArrayInputStream(bytes), charset)) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {",", ";", "\t"})
    void the_separator_is_detected_from_the_header(String separator) {
        String text = "name" + separator + "country\nOpenText" + separator + "CA\n";

        assertThat(read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .containsExactly(List.of("name", "country"), List.of("OpenText", "CA"));
        assertThat(CsvTableReader.separatorOf(text)).isEqualTo(separator.charAt(0));
    }

    @Test
    void a_utf8_byte_order_mark_is_skipped_and_quoted_fields_keep_separators_and_line_breaks() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "name;notes\n\"Quadient; FR\";\"line one\nline two\"\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(body, 0, file, 3, body.length);

        assertThat(read(file, StandardCharsets.UTF_8))
                .containsExactly(List.of("name", "notes"), List.of("Quadient; FR", "line one\nline two"));
    }

    @Test
    void windows_1251_and_1256_files_read_when_the_user_says_so() {
        Charset cp1251 = ImportOptions.WINDOWS_1251;
        Charset cp1256 = ImportOptions.WINDOWS_1256;

        assertThat(read("назва\nОщадбанк\n".getBytes(cp1251), cp1251).get(1)).containsExactly("Ощадбанк");
        assertThat(read("الاسم\nالمورد\n".getBytes(cp1256), cp1256).get(1)).containsExactly("المورد");
    }

    @Test
    void windows_1251_bytes_read_as_utf8_are_refused_with_the_encoding_hint() {
        byte[] cyrillic = "назва\nОщадбанк\n".getBytes(ImportOptions.WINDOWS_1251);

        assertThatThrownBy(() -> read(cyrillic, StandardCharsets.UTF_8))
                .isInstanceOf(ImportFileException.class)
                .extracting(e -> ((ImportFileException) e).messageKey())
                .isEqualTo("import.file.wrong-encoding");
    }

    @Test
    void binary_junk_renamed_to_csv_is_refused_as_not_text() {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        junk[10] = 0;

        assertThatThrownBy(() -> read(junk, StandardCharsets.ISO_8859_1))
                .isInstanceOf(ImportFileException.class)
                .extracting(e -> ((ImportFileException) e).messageKey())
                .isEqualTo("import.file.not-text");
    }

    @Test
    void rows_are_numbered_by_the_physical_line_they_start_on_after_fields_that_span_lines() {
        String text = "name,notes\n\"A\",\"one\r\ntwo\nthree\"\n\nB,plain\n\"C\",\"x\ny\"\nD,last\n";
        List<Long> lines = new ArrayList<>();
        try (CsvTableReader reader = new CsvTableReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                lines.add(reader.rowNumber());
            }
        }

        assertThat(lines).containsExactly(1L, 2L, 6L, 7L, 9L);
    }

    @Test
    void an_unclosed_quote_is_reported_on_the_line_its_record_starts_after_a_field_that_spans_lines() {
        String text = "name,notes\nA,\"line one\nline two\nline three\"\n\n\"B,broken\nmore\nC,\"x\"y\n";

        assertThatThrownBy(() -> read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isInstanceOf(ImportFileException.class)
                .satisfies(
                        e -> assertThat(((ImportFileException) e).messageKey()).isEqualTo("import.file.csv-broken"))
                .satisfies(
                        e -> assertThat(((ImportFileException) e).arguments()).containsExactly(6L));
    }
}

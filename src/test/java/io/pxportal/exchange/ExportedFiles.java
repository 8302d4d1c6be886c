package io.pxportal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the export writes, read back the way the import tests compare it. */
final class ExportedFiles {

    private ExportedFiles() {}

    /** Every record of the type as the export writes it (UK locale). */
    static byte[] export(ExportService exports, String type, FileFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeAll(type, format, Locale.UK, out);
        return out.toByteArray();
    }

    /** The first record the portal exports for the type, by column name (XLSX: values as stored, not neutralised). */
    static Map<String, String> firstExported(ExportService exports, ExchangeTypes types, String type) {
        List<List<String>> rows = rows(FileFormat.XLSX, export(exports, type, FileFormat.XLSX));
        assertThat(rows).as("%s has demo records", type).hasSizeGreaterThan(1);
        List<String> names =
                types.get(type).columns().stream().map(ImportColumn::name).toList();
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String cell = i < rows.get(1).size() ? rows.get(1).get(i) : "";
            row.put(names.get(i), cell.isEmpty() ? null : cell);
        }
        return row;
    }

    /** The file's rows, header first. */
    static List<List<String>> rows(FileFormat format, byte[] bytes) {
        try (TableReader reader = format == FileFormat.XLSX
                ? new XlsxTableReader(new ByteArrayInputStream(bytes), Locale.UK)
                : new CsvTableReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            List<List<String>> rows = new ArrayList<>();
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
            return rows;
        }
    }
}

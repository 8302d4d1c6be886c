package io.pxportal.exchange;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How to read a file: its text encoding (CSV only; UTF-8 by default, or Windows-1251 / Windows-1256 when the
 * user says so), the locale its dates and decimal numbers are written in (31.12.2026, 1 234,56), and one value
 * for the whole file of columns it does not have ({@code values}: column name → text, read like a cell of every
 * row — e.g. the platform of a vendor portal's ticket export, which has no platform column).
 */
public record ImportOptions(Charset charset, Locale fileLocale, Map<String, String> values) {

    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    public ImportOptions {
        charset = charset == null ? StandardCharsets.UTF_8 : charset;
        fileLocale = fileLocale == null ? Locale.UK : fileLocale;
        Map<String, String> given = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((column, value) -> {
                if (column != null && value != null && !value.isBlank()) {
                    given.put(column, value.trim());
                }
            });
        }
        values = java.util.Collections.unmodifiableMap(given);
    }

    public ImportOptions(Charset charset, Locale fileLocale) {
        this(charset, fileLocale, Map.of());
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, null);
    }

    /** The same options with these values for the whole file (blank ones are dropped). */
    public ImportOptions withValues(Map<String, String> columnValues) {
        return new ImportOptions(charset, fileLocale, columnValues);
    }
}

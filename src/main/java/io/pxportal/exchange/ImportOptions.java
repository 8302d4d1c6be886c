package io.pxportal.exchange;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How to read a file: its text encoding (CSV only; UTF-8 by default, or Windows-1251 / Windows-1256 when the
 * user says so) and the locale its dates and decimal numbers are written in (31.12.2026, 1 234,56).
 */
public record ImportOptions(Charset charset, Locale fileLocale) {

    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    public ImportOptions {
        charset = charset == null ? StandardCharsets.UTF_8 : charset;
        fileLocale = fileLocale == null ? Locale.UK : fileLocale;
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, null);
    }
}

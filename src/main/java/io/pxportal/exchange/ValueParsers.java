package io.pxportal.exchange;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates and decimal numbers as a file in a given locale writes them: 31.12.2026 or 12/31/2026, 1 234,56 or
 * 1,234.56. ISO dates (2026-12-31) are always accepted. Parsing is strict: a value that is only partly a
 * number or an impossible date is refused, never guessed.
 */
final class ValueParsers {

    private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u202F]");

    private final Locale locale;
    private final List<DateTimeFormatter> dateFormats;
    private final DecimalFormatSymbols symbols;
    private final String grouping;
    private final Pattern grouped;
    private final Pattern plain;

    ValueParsers(Locale locale) {
        this.locale = locale;
        this.symbols = DecimalFormatSymbols.getInstance(locale);
        boolean monthFirst = "US".equals(locale.getCountry());
        this.dateFormats = (monthFirst
                        ? List.of("uuuu-MM-dd", "M/d/uuuu", "d.M.uuuu")
                        : List.of("uuuu-MM-dd", "d.M.uuuu", "d/M/uuuu", "d-M-uuuu"))
                .stream()
                        .map(p -> DateTimeFormatter.ofPattern(p, locale).withResolverStyle(ResolverStyle.STRICT))
                        .toList();
        // Compiled once per file, not per cell: a large import parses millions of numbers.
        this.grouping = String.valueOf(symbols.getGroupingSeparator());
        String g = Pattern.quote(grouping);
        String d = Pattern.quote(String.valueOf(symbols.getDecimalSeparator()));
        this.grouped = Pattern.compile("-?\\d{1,3}(" + g + "\\d{3})+(" + d + "\\d+)?");
        this.plain = Pattern.compile("-?\\d+(" + d + "\\d+)?");
    }

    Optional<LocalDate> date(String text) {
        for (DateTimeFormatter format : dateFormats) {
            try {
                return Optional.of(LocalDate.parse(text.trim(), format));
            } catch (DateTimeParseException e) {
                // try the next pattern the locale allows
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the text is written like a date of the file but names a day its month does not have (31.02.2026,
     * 29.02.2025): a lenient reader would move it to the month's last day. Asked only to word an error.
     */
    boolean dayBeyondMonth(String text) {
        for (DateTimeFormatter format : dateFormats) {
            try {
                format.withResolverStyle(ResolverStyle.SMART).parse(text.trim());
                return true;
            } catch (DateTimeParseException e) {
                // not this pattern's shape either
            }
        }
        return false;
    }

    Optional<BigDecimal> decimal(String text) {
        String value = text.trim().replace('\u2212', '-');
        if (Character.isSpaceChar(symbols.getGroupingSeparator())) {
            // Locales that group with a (non-breaking) space: people type an ordinary space.
            value = SPACES.matcher(value).replaceAll(java.util.regex.Matcher.quoteReplacement(grouping));
        }
        if (!plain.matcher(value).matches() && !grouped.matcher(value).matches()) {
            return Optional.empty();
        }
        String canonical = value.replace(grouping, "").replace(symbols.getDecimalSeparator(), '.');
        return Optional.of(new BigDecimal(canonical));
    }

    Locale locale() {
        return locale;
    }
}

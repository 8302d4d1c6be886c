package io.pxportal.shared.i18n;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * Sentences built from a message and figures: the figures formatted by {@link Formats} in the sentence's locale
 * (a date as a date, never its ISO text; a {@link Signed} change with its sign), and the full stop that a date ending
 * in an abbreviation ("2027 р.", "2027 г.") and the sentence's own would double, written once.
 */
public final class Sentences {

    /** Two full stops that are not part of an ellipsis. */
    private static final Pattern DOUBLED_STOP = Pattern.compile("(?<!\\.)\\.\\.(?!\\.)");

    /** A change to be written with its sign and {@code decimals} decimals: "+1.3", "-1,3". */
    public record Signed(BigDecimal change, int decimals) {}

    /** A calendar quarter to be written as the language writes it: "Q4 2026", "4-й кв. 2026". */
    public record QuarterOf(int year, int quarter) {}

    private Sentences() {}

    /**
     * The message {@code key} in {@code locale}'s language with its arguments formatted in {@code locale} (region
     * and digits included), a doubled full stop written once; {@code fallback} when the key is missing.
     */
    public static String message(
            org.springframework.context.MessageSource messages,
            String key,
            Object[] arguments,
            String fallback,
            java.util.Locale locale) {
        java.util.Locale figures = Formats.numbers(Languages.inRegion(locale, locale));
        return tidy(messages.getMessage(key, arguments(arguments, figures), fallback, figures));
    }

    /** The arguments with dates and signed changes formatted; numbers stay numbers for the message's own formats. */
    public static Object[] arguments(Object[] params, java.util.Locale locale) {
        if (params == null) {
            return null;
        }
        Object[] formatted = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            formatted[i] = switch (params[i]) {
                case LocalDate date -> Formats.date(date, locale);
                case Signed signed -> Formats.signed(signed.change(), signed.decimals(), locale);
                case QuarterOf q -> Formats.quarter(q.year(), q.quarter(), locale);
                case YearMonth month -> Formats.month(month, locale);
                case null, default -> params[i];
            };
        }
        return formatted;
    }

    /** The sentence with a doubled full stop written once. */
    public static String tidy(String sentence) {
        return sentence == null || !sentence.contains("..")
                ? sentence
                : DOUBLED_STOP.matcher(sentence).replaceAll(".");
    }
}

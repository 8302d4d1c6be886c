package io.pxportal.shared.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.WeekFields;
import java.util.Currency;
import java.util.Locale;

/**
 * Dates, numbers, quarters and money formatted for the user's locale: the one place every text, chart and the PDF
 * pack take them from, so a language never mixes two decimal separators or two digit sets. Arabic is written with
 * Latin digits (as its dates already are) and a left-to-right mark before a minus, so "-0.7" stays "-0.7" in a
 * right-to-left line rather than turning into "0.7-".
 */
public final class Formats {

    /** Left-to-right mark: keeps a minus sign or a per-cent sign on the number's side in a right-to-left line. */
    private static final char LRM = '\u200E';

    private static final String NO_VALUE = "–";

    private Formats() {}

    /**
     * The locale numbers are formatted in: the language's own, except that Arabic takes Latin digits — the digits
     * its dates, the charts' axes and the PDF pack's fonts use.
     */
    public static Locale numbers(Locale locale) {
        Locale base = locale == null ? Languages.ENGLISH : locale;
        return Languages.isRightToLeft(base) && base.getUnicodeLocaleType("nu") == null
                ? new Locale.Builder()
                        .setLocale(base)
                        .setUnicodeLocaleKeyword("nu", "latn")
                        .build()
                : base;
    }

    /** A date in the locale's medium form: "Dec 7, 2026", "7 Dec 2026" (en-GB), "7 груд. 2026 р.". */
    public static String date(LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(numbers(locale))
                        .format(date);
    }

    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(numbers(locale))
                        .withZone(zone)
                        .format(instant);
    }

    /** A month with its year, standing alone: "December 2026", "грудень 2026". */
    public static String month(YearMonth month, Locale locale) {
        return month == null
                ? ""
                : DateTimeFormatter.ofPattern("LLLL y", numbers(locale)).format(month.atDay(1));
    }

    /** A calendar quarter: "Q4 2026", "4-й кв. 2026", "الربع الرابع 2026". */
    public static String quarter(int year, int quarter, Locale locale) {
        LocalDate first = LocalDate.of(year, 1, 1).with(IsoFields.QUARTER_OF_YEAR, quarter);
        return DateTimeFormatter.ofPattern("QQQ y", numbers(locale)).format(first);
    }

    /** A number as the locale writes it, up to three decimals; empty for null. */
    public static String number(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        return NumberFormat.getNumberInstance(numbers(locale)).format(value);
    }

    /** A number with exactly {@code decimals} decimals (half up), "–" for null: scores, percentages. */
    public static String decimal(BigDecimal value, int decimals, Locale locale) {
        return value == null
                ? NO_VALUE
                : numberFormat(locale, decimals).format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** A change with its sign always written: "+1.3", "-1,3", "±0.0"; "–" for null. */
    public static String signed(BigDecimal change, int decimals, Locale locale) {
        if (change == null) {
            return NO_VALUE;
        }
        BigDecimal rounded = change.setScale(decimals, RoundingMode.HALF_UP);
        String magnitude = numberFormat(locale, decimals).format(rounded.abs());
        String sign = rounded.signum() > 0 ? "+" : rounded.signum() < 0 ? minus(locale) : "±";
        return sign + magnitude;
    }

    /** A value already in per cent (69.6 for 69.6 %) with {@code decimals} decimals: "69.6 %", "69,6 %"; "–" for null. */
    public static String percent(BigDecimal percent, int decimals, Locale locale) {
        return percent == null ? NO_VALUE : percentSign(decimal(percent, decimals, locale), locale);
    }

    /** A share 0–1 as a whole percentage: 0.25 → "25 %". */
    public static String share(BigDecimal share, Locale locale) {
        return share == null ? NO_VALUE : percent(share.movePointRight(2), 0, locale);
    }

    /** Appends the per-cent sign to an already formatted number, the way the language writes it. */
    public static String percentSign(String number, Locale locale) {
        // Arabic keeps the sign on the number's right with marks, so the line's direction cannot move it.
        return Languages.isRightToLeft(locale) ? number + LRM + "%" + LRM : number + " %";
    }

    public static String money(BigDecimal amount, Currency currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(numbers(locale));
        format.setCurrency(currency);
        return format.format(amount);
    }

    /** The number format with {@code decimals} decimals, for chart axes and labels that need a {@link NumberFormat}. */
    public static NumberFormat numberFormat(Locale locale, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(numbers(locale));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** The number format of the locale (up to three decimals), for chart axes. */
    public static NumberFormat numberFormat(Locale locale) {
        return NumberFormat.getNumberInstance(numbers(locale));
    }

    /** The per-cent format of the locale for shares 0–1, with the per-cent sign as {@link #percentSign} writes it. */
    public static NumberFormat shareFormat(Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(numbers(locale));
        format.setMultiplier(100);
        format.setMaximumFractionDigits(0);
        String suffix = percentSign("", locale);
        format.setPositiveSuffix(suffix);
        format.setNegativeSuffix(suffix);
        return format;
    }

    private static String minus(Locale locale) {
        String prefix = ((DecimalFormat) NumberFormat.getNumberInstance(numbers(locale))).getNegativePrefix();
        return prefix.isEmpty() ? "-" : prefix;
    }

    /**
     * The short numeric date pattern a date picker shows and parses, in the tokens the picker knows
     * ({@code d dd M MM yyyy}): "M/d/yyyy" (en-US), "dd/MM/yyyy" (en-GB), "dd.MM.yyyy" (uk, ru), "dd/MM/yyyy" (ar).
     * Always a four-digit year, and without the bidi marks of the Arabic pattern, which made the picker show
     * "72026/12/".
     */
    public static String datePattern(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, numbers(locale));
        pattern = pattern.replaceAll("[\\u200E\\u200F\\u061C]", "").replaceAll("y+", "yyyy");
        if (Languages.isRightToLeft(locale)) {
            // Two-digit day and month keep the field widths steady in the right-to-left input.
            pattern = pattern.replaceAll("(?<!d)d(?!d)", "dd").replaceAll("(?<!M)M(?!M)", "MM");
        }
        return pattern;
    }

    /** The first day of the week where the user is: Monday in most of Europe, Sunday in the US, Saturday in Egypt. */
    public static DayOfWeek firstDayOfWeek(Locale locale) {
        return WeekFields.of(locale == null ? Languages.ENGLISH : locale).getFirstDayOfWeek();
    }
}

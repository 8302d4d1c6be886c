package io.pxportal.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every shared formatter's output in the four languages, against the text a reader of that language expects. The
 * invisible bidi marks are written out: {@code <LRM>} keeps a minus or per-cent sign on its number in Arabic.
 */
class FormatsTableTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                // formatter      | locale | expected
                "date             | en     | Dec 7, 2026",
                "date             | en-GB  | 7 Dec 2026",
                "date             | uk     | 7 груд. 2026 р.",
                "date             | ru     | 7 дек. 2026 г.",
                "date             | ar     | 07<RLM>/12<RLM>/2026",
                "quarter          | en     | Q4 2026",
                "quarter          | uk     | 4-й кв. 2026",
                "quarter          | ru     | 4-й кв. 2026",
                "quarter          | ar     | الربع الرابع 2026",
                "month            | en     | December 2026",
                "month            | uk     | грудень 2026",
                "month            | ru     | декабрь 2026",
                "month            | ar     | ديسمبر 2026",
                "score            | en     | 69.6",
                "score            | uk     | 69,6",
                "score            | ru     | 69,6",
                "score            | ar     | 69.6",
                "negative         | en     | -0.7",
                "negative         | uk     | -0,7",
                "negative         | ru     | -0,7",
                "negative         | ar     | <LRM>-0.7",
                "signed-down      | en     | -1.3",
                "signed-down      | uk     | -1,3",
                "signed-down      | ru     | -1,3",
                "signed-down      | ar     | <LRM>-1.3",
                "signed-up        | en     | +2.0",
                "signed-up        | uk     | +2,0",
                "percent          | en     | 69.6 %",
                "percent          | uk     | 69,6 %",
                "percent          | ru     | 69,6 %",
                "percent          | ar     | 69.6<LRM>%<LRM>",
                "share            | en     | 25 %",
                "share            | ar     | 25<LRM>%<LRM>",
                "grouped          | en     | 1,234,567.5",
                "grouped          | uk     | 1 234 567,5",
                "grouped          | ru     | 1 234 567,5",
                "grouped          | ar     | 1,234,567.5",
                "money            | en     | €1,234.50",
                "money            | uk     | 1 234,50 EUR",
                "money            | ru     | 1 234,50 €",
                "money            | ar     | <RLM>1,234.50 €",
                "picker-pattern   | en-US  | M/d/yyyy",
                "picker-pattern   | en-GB  | dd/MM/yyyy",
                "picker-pattern   | uk     | dd.MM.yyyy",
                "picker-pattern   | ru     | dd.MM.yyyy",
                "picker-pattern   | ar     | dd/MM/yyyy",
                "first-day        | en-US  | SUNDAY",
                "first-day        | en-GB  | MONDAY",
                "first-day        | uk-UA  | MONDAY",
                "first-day        | ar-EG  | SATURDAY",
            })
    void each_formatter_writes_each_language_as_its_readers_expect(String formatter, String tag, String expected) {
        Locale locale = Locale.forLanguageTag(tag);
        Function<Locale, String> format = switch (formatter) {
            case "date" -> l -> Formats.date(DAY, l);
            case "quarter" -> l -> Formats.quarter(2026, 4, l);
            case "month" -> l -> Formats.month(YearMonth.of(2026, 12), l);
            case "score" -> l -> Formats.decimal(new BigDecimal("69.64"), 1, l);
            case "negative" -> l -> Formats.number(new BigDecimal("-0.7"), l);
            case "signed-down" -> l -> Formats.signed(new BigDecimal("-1.26"), 1, l);
            case "signed-up" -> l -> Formats.signed(new BigDecimal("2"), 1, l);
            case "percent" -> l -> Formats.percent(new BigDecimal("69.6"), 1, l);
            case "share" -> l -> Formats.share(new BigDecimal("0.25"), l);
            case "grouped" -> l -> Formats.number(new BigDecimal("1234567.5"), l);
            case "money" -> l -> Formats.money(new BigDecimal("1234.5"), Currency.getInstance("EUR"), l);
            case "picker-pattern" -> Formats::datePattern;
            case "first-day" -> l -> Formats.firstDayOfWeek(l).name();
            default -> throw new IllegalArgumentException(formatter);
        };
        assertThat(visible(format.apply(locale))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"en", "uk", "ru", "ar"})
    void one_language_writes_one_decimal_separator_in_every_formatter(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String line = Formats.decimal(new BigDecimal("69.6"), 1, locale) + " "
                + Formats.signed(new BigDecimal("-1.3"), 1, locale) + " "
                + Formats.percent(new BigDecimal("12.5"), 1, locale) + " "
                + Formats.numberFormat(locale, 1).format(3.5);
        char separator = tag.equals("uk") || tag.equals("ru") ? ',' : '.';
        char other = separator == ',' ? '.' : ',';
        assertThat(line).contains(String.valueOf(separator)).doesNotContain(String.valueOf(other));
        assertThat(line).as("Latin digits only").matches("[\\p{InBasic_Latin}\\u00A0\\u200E±−%]*");
    }

    /** Spaces and marks that look alike written out, so the table says which one is meant. */
    private static String visible(String text) {
        return text.replace("\u200E", "<LRM>")
                .replace("\u200F", "<RLM>")
                .replace('\u202F', ' ')
                .replace('\u00A0', ' ');
    }
}

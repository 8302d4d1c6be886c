package io.pxportal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueParsersTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en-GB|31/12/2026|2026-12-31",
                "en-GB|2026-12-31|2026-12-31",
                "en-US|12/31/2026|2026-12-31",
                "uk-UA|31.12.2026|2026-12-31",
                "de-DE|1.3.2024|2024-03-01",
                "ru-RU|29.02.2024|2024-02-29",
            })
    void dates_read_the_way_the_file_locale_writes_them(String locale, String text, LocalDate expected) {
        assertThat(new ValueParsers(Locale.forLanguageTag(locale)).date(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"en-GB|31/02/2026", "en-US|31/12/2026", "uk-UA|29.02.2025", "en-GB|tomorrow"})
    void impossible_or_foreign_dates_are_refused(String locale, String text) {
        assertThat(new ValueParsers(Locale.forLanguageTag(locale)).date(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en-GB|1,234.56|1234.56",
                "en-GB|1234.56|1234.56",
                "de-DE|1.234,56|1234.56",
                "uk-UA|1 234,56|1234.56",
                "ru-RU|1\u00a0234\u00a0567,5|1234567.5",
                "en-US|-12.5|-12.5",
                "uk-UA|0,015|0.015",
            })
    void decimals_read_with_the_file_locale_separators(String locale, String text, BigDecimal expected) {
        assertThat(new ValueParsers(Locale.forLanguageTag(locale)).decimal(text))
                .contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"de-DE|1234.56", "en-GB|1,23,4", "en-GB|12abc", "uk-UA|1.234,56", "en-GB|''"})
    void ambiguous_or_partial_numbers_are_refused_not_guessed(String locale, String text) {
        assertThat(new ValueParsers(Locale.forLanguageTag(locale)).decimal(text))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en-GB|31/02/2026|true",
                "uk-UA|29.02.2025|true",
                "en-GB|2026-04-31|true",
                "en-GB|2026-13-01|false",
                "en-US|31/12/2026|false",
                "en-GB|tomorrow|false",
                "en-GB|2026-02-28T10:00|false"
            })
    void a_day_its_month_does_not_have_is_told_apart_from_a_foreign_format(String locale, String text, boolean beyond) {
        assertThat(new ValueParsers(Locale.forLanguageTag(locale)).dayBeyondMonth(text))
                .isEqualTo(beyond);
    }
}

package io.pxportal.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

    private static final LocalDate NOTICE = LocalDate.of(2026, 12, 31);

    @ParameterizedTest
    @CsvSource({"en, Dec", "uk, груд", "ru, дек"})
    void dates_are_written_the_way_the_user_reads_them(String language, String month) {
        assertThat(Formats.date(NOTICE, Locale.of(language))).contains(month).contains("2026");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"en|1,234,567.5", "uk|1 234 567,5", "ru|1 234 567,5"})
    void numbers_use_the_locale_separators(String language, String expected) {
        assertThat(Formats.number(new BigDecimal("1234567.5"), Locale.of(language))
                        .replace('\u00A0', ' ')
                        .replace('\u202F', ' '))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"en|€360,000.00", "uk|360 000,00 EUR", "ru|360 000,00 €"})
    void money_keeps_its_currency_in_the_user_format(String language, String expected) {
        assertThat(Formats.money(new BigDecimal("360000"), Currency.getInstance("EUR"), Locale.of(language))
                        .replace('\u00A0', ' ')
                        .replace('\u202F', ' '))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"ar, true", "en, false", "uk, false", "ru, false"})
    void only_arabic_is_right_to_left(String language, boolean rtl) {
        assertThat(Languages.isRightToLeft(Languages.fromTag(language))).isEqualTo(rtl);
    }

    @ParameterizedTest
    @CsvSource({"de-CH, en", "uk-UA, uk", "'', en", "ar-EG, ar"})
    void unsupported_languages_fall_back_to_english(String tag, String expected) {
        assertThat(Languages.fromTag(tag).getLanguage()).isEqualTo(expected);
    }
}

package io.pxportal.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;

/** Sentences built from figures: one locale for all of them, and no doubled full stop after a date. */
class SentencesTest {

    private static final ResourceBundleMessageSource BUNDLES = new ResourceBundleMessageSource();

    static {
        BUNDLES.setBasenames("messages", "i18n/experience");
        BUNDLES.setDefaultEncoding(StandardCharsets.UTF_8.name());
        BUNDLES.setFallbackToSystemLocale(false);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "uk    | 69,6 (-1,3 від минулого кварталу)",
                "ru    | 69,6 (-1,3 с прошлого квартала)",
                "en    | 69.6 (-1.3 since last quarter)",
                "en-GB | 69.6 (-1.3 since last quarter)",
                "ar    | 69.6 (\u200E-1.3 منذ الربع الماضي)",
            })
    void a_score_and_its_change_share_one_decimal_separator(String tag, String expected) {
        assertThat(Sentences.message(
                        BUNDLES,
                        "card.experience.score-trend",
                        new Object[] {new BigDecimal("69.6"), new Sentences.Signed(new BigDecimal("-1.3"), 1)},
                        null,
                        Locale.forLanguageTag(tag)))
                .isEqualTo(expected);
    }

    @Test
    void a_date_ending_in_an_abbreviation_ends_the_sentence_with_one_full_stop() {
        StaticMessageSource messages = new StaticMessageSource();
        Locale uk = Locale.forLanguageTag("uk");
        messages.addMessage("due", uk, "Договір спливає {0}.");

        assertThat(Sentences.message(messages, "due", new Object[] {LocalDate.of(2027, 3, 31)}, null, uk)
                        .replace('\u00A0', ' ')
                        .replace('\u202F', ' '))
                .isEqualTo("Договір спливає 31 бер. 2027 р.");
    }

    @Test
    void an_ellipsis_stays() {
        assertThat(Sentences.tidy("Loading…  and more...")).isEqualTo("Loading…  and more...");
    }

    @Test
    void a_quarter_in_a_sentence_is_written_in_the_sentence_language() {
        StaticMessageSource messages = new StaticMessageSource();
        Locale ru = Locale.forLanguageTag("ru");
        messages.addMessage("sla", ru, "за {0}");

        assertThat(Sentences.message(messages, "sla", new Object[] {new Sentences.QuarterOf(2026, 3)}, null, ru))
                .isEqualTo("за 3-й кв. 2026");
    }
}

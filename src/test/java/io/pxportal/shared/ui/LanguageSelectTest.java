package io.pxportal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.shared.i18n.Languages;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class LanguageSelectTest {

    @Test
    void each_language_is_named_in_itself_in_ascii_markup() {
        for (var language : Languages.SUPPORTED) {
            String html = LanguageSelect.name(language).getElement().getProperty("innerHTML");

            assertThat(html.chars()).allMatch(c -> c < 0x80);
            assertThat(Parser.unescapeEntities(html, false)).isEqualTo(language.getDisplayLanguage(language));
        }
    }
}

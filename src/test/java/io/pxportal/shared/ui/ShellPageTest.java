package io.pxportal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The page as the browser first paints it, before Vaadin's script has run. */
class ShellPageTest {

    @StyleSheet("lumo/lumo.css")
    @StyleSheet("styles/px-portal.css")
    private static final class Shell {}

    @Test
    void an_arabic_page_is_right_to_left_and_arabic_from_its_first_paint() {
        Document page = render(Locale.forLanguageTag("ar"), false);

        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
    }

    @Test
    void the_shell_style_sheets_block_the_first_paint_in_their_order_with_the_critical_rules() {
        Document page = render(Locale.ENGLISH, false);

        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.head().select("link[rel=stylesheet]").eachAttr("href"))
                .containsExactly("lumo/lumo.css", "styles/px-portal.css");
        assertThat(page.head().selectFirst("style#px-first-paint").data()).contains("vaadin-app-layout:not(:defined)");
        assertThat(page.head().selectFirst("script#px-grid-row-keys").data()).contains("'Enter'");
    }

    @Test
    void a_dark_theme_is_dark_from_the_first_paint() {
        Document page = render(Locale.ENGLISH, true);

        assertThat(page.selectFirst("html").attr("theme")).isEqualTo("dark");
        assertThat(page.selectFirst("html").attr("style")).contains("color-scheme: dark");
    }

    private static Document render(Locale locale, boolean dark) {
        ShellPreferences preferences = mock(ShellPreferences.class);
        when(preferences.locale(any())).thenReturn(locale);
        when(preferences.isDark()).thenReturn(dark);
        Document page = Jsoup.parse("<!DOCTYPE html><html><head></head><body><div id=outlet></div></body></html>");
        new ShellPage(preferences, ShellPage.styleSheetsOf(Shell.class))
                .modifyIndexHtmlResponse(
                        new IndexHtmlResponse(mock(VaadinRequest.class), mock(VaadinResponse.class), page));
        return page;
    }
}

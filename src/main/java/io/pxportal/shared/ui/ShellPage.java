package io.pxportal.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import io.pxportal.shared.i18n.Languages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the page itself carries before Vaadin's script runs. First, that its first paint is its final layout. Vaadin adds the shell's style sheets and sets language, direction
 * and colour scheme from its client script, after the browser has painted the page once unstyled and left to right:
 * the view then jumped right and down (and mirrored in Arabic). This writes them into the page itself: the
 * {@code <html>} attributes, the style sheets as render-blocking links, and the critical rules of
 * {@code shell-first-paint.css} (layout components hidden until they are defined). Second, {@code grid-row-keys.js}:
 * Enter on a grid row opens it as a click does, for every list at once.
 */
class ShellPage implements IndexHtmlRequestListener {

    private final ShellPreferences preferences;
    private final List<String> styleSheets;
    private final String criticalCss = resource("/META-INF/resources/styles/shell-first-paint.css");
    private final String gridRowKeys = resource("/META-INF/resources/styles/grid-row-keys.js");

    /** {@code styleSheets}: the shell's {@code @StyleSheet}s, in their order. */
    ShellPage(ShellPreferences preferences, List<String> styleSheets) {
        this.preferences = preferences;
        this.styleSheets = List.copyOf(styleSheets);
    }

    /** The {@code @StyleSheet}s of the application shell. */
    static List<String> styleSheetsOf(Class<?> shell) {
        return shell == null
                ? List.of()
                : Arrays.stream(shell.getAnnotationsByType(StyleSheet.class))
                        .map(StyleSheet::value)
                        .toList();
    }

    private static String resource(String path) {
        try (InputStream in = ShellPage.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void modifyIndexHtmlResponse(IndexHtmlResponse response) {
        Document page = response.getDocument();
        Locale locale = preferences.locale(response.getVaadinRequest());
        Element html = page.selectFirst("html");
        html.attr("lang", locale.getLanguage());
        html.attr("dir", Languages.isRightToLeft(locale) ? "rtl" : "ltr");
        if (preferences.isDark()) {
            html.attr("theme", "dark");
            html.attr("style", "color-scheme: dark;");
        }
        Element head = page.head();
        head.appendElement("style").attr("id", "px-first-paint").appendChild(new DataNode(criticalCss));
        head.appendElement("script").attr("id", "px-grid-row-keys").appendChild(new DataNode(gridRowKeys));
        for (String sheet : styleSheets) {
            head.appendElement("link").attr("rel", "stylesheet").attr("href", sheet);
        }
    }
}

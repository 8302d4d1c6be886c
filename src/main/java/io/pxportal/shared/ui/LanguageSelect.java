package io.pxportal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import io.pxportal.shared.i18n.Languages;
import java.util.Locale;

/** Picks the UI language; each language is named in itself so a user can find their own. */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect(ShellPreferences preferences) {
        setId("language-select");
        setItems(Languages.SUPPORTED);
        // No label generator: the select shows the chosen item as the list renders it
        setRenderer(new ComponentRenderer<>(LanguageSelect::name));
        setAriaLabel(getTranslation("shell.language"));
        setValue(Languages.supportedOrDefault(UI.getCurrent().getLocale()));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                preferences.changeLanguage(UI.getCurrent(), e.getValue());
            }
        });
        setWidth("9em");
    }

    /**
     * The language's own name, written as character references: Vaadin keeps each UI's last response as a Java
     * string, and one Cyrillic or Arabic letter in it makes Java store the whole response in two bytes a character
     * instead of one. In an English session these names would be the only such letters.
     */
    static Span name(Locale language) {
        StringBuilder html = new StringBuilder();
        language.getDisplayLanguage(language).codePoints().forEach(c -> {
            if (c < 0x80 && Character.isLetterOrDigit(c)) {
                html.appendCodePoint(c);
            } else {
                html.append("&#").append(c).append(';');
            }
        });
        Span name = new Span();
        name.getElement().setProperty("innerHTML", html.toString());
        return name;
    }
}

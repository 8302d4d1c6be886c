package io.pxportal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import io.pxportal.shared.i18n.Languages;
import java.util.Locale;

/** Picks the UI language; each language is named in itself so a user can find their own. */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect(ShellPreferences preferences) {
        setId("language-select");
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        setAriaLabel(getTranslation("shell.language"));
        setValue(Languages.supportedOrDefault(UI.getCurrent().getLocale()));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                preferences.changeLanguage(UI.getCurrent(), e.getValue());
            }
        });
        setWidth("9em");
    }
}

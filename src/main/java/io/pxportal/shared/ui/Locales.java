package io.pxportal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import io.pxportal.shared.i18n.Languages;
import java.util.Locale;

/** The locale a component's texts, figures and charts are written in (Vaadin keeps a component's own protected). */
public final class Locales {

    private Locales() {}

    /** The locale of the component's UI, else of the current UI, else English. */
    public static Locale of(Component component) {
        return component.getUI().map(UI::getLocale).orElseGet(Locales::current);
    }

    /** The locale of the current UI, else English. */
    public static Locale current() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Languages.ENGLISH : ui.getLocale();
    }
}

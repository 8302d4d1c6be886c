package io.pxportal.contracts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.pxportal.contracts.RenewalSchedule;
import io.pxportal.contracts.RenewalTexts;
import java.util.List;
import java.util.Locale;

/**
 * How a contract whose terms cannot work as entered is flagged (ADR 006): a warning badge whose tooltip says
 * what does not work — the list and the calendar — or the sentences themselves, in the editor.
 */
final class Inconsistency {

    private Inconsistency() {}

    /** The warnings as one paragraph: texts through the component, dates in the locale's format. */
    static String text(List<RenewalSchedule.Reason> warnings, Component i18n, Locale locale) {
        return RenewalTexts.paragraph(warnings, locale, (key, args) -> i18n.getTranslation(key, args));
    }

    /** A badge "Inconsistent" with what is inconsistent as its tooltip (and accessible name). */
    static Span badge(List<RenewalSchedule.Reason> warnings, Component i18n, Locale locale) {
        Span label = new Span(i18n.getTranslation("contract.inconsistent"));
        Span badge = new Span(VaadinIcon.WARNING.create(), label);
        badge.getElement().getThemeList().add("badge warning");
        badge.addClassName("px-inconsistent");
        String text = text(warnings, i18n, locale);
        badge.setTitle(text);
        badge.getElement().setAttribute("aria-label", label.getText() + ": " + text);
        return badge;
    }

    /** The warnings spelled out, one per line, in a box; hidden while there are none. */
    static void show(Div box, List<RenewalSchedule.Reason> warnings, Component i18n, Locale locale) {
        box.removeAll();
        box.setVisible(!warnings.isEmpty());
        warnings.forEach(warning -> box.add(new Paragraph(text(List.of(warning), i18n, locale))));
    }
}

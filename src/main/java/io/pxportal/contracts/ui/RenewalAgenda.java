package io.pxportal.contracts.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import io.pxportal.contracts.RenewalDate;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.shared.i18n.Formats;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The renewal dates as an agenda, month by month: each entry with its date, how many days are left (coloured
 * by urgency, and said in words so that colour is never the only cue), what falls due, the contract, vendor and
 * platforms, flagged when the contract's terms cannot work as entered. Choosing an entry opens its contract.
 */
class RenewalAgenda extends Composite<Div> {

    private final Consumer<RenewalDate> onOpen;

    RenewalAgenda(Consumer<RenewalDate> onOpen) {
        this.onOpen = onOpen;
        getContent().setId("renewal-agenda");
        getContent().addClassName("px-agenda");
        getContent().setWidthFull();
    }

    void show(List<RenewalDate> dates) {
        getContent().removeAll();
        if (dates.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("calendar.empty"));
            none.setId("renewal-agenda-empty");
            none.addClassName("px-muted");
            getContent().add(none);
            return;
        }
        Map<YearMonth, List<RenewalDate>> byMonth = dates.stream()
                .collect(Collectors.groupingBy(d -> YearMonth.from(d.date()), LinkedHashMap::new, Collectors.toList()));
        byMonth.forEach((month, entries) -> {
            Section section = new Section();
            section.addClassName("px-agenda-month");
            section.setId("agenda-" + month);
            section.add(new H3(monthName(month, getLocale())));
            entries.forEach(entry -> section.add(entry(entry)));
            getContent().add(section);
        });
    }

    private Div entry(RenewalDate date) {
        Div entry = new Div();
        entry.addClassNames(
                "px-agenda-entry", "px-urgency-" + date.urgency().name().toLowerCase(Locale.ROOT));
        entry.setId("agenda-" + date.key());

        Span day = new Span(Formats.date(date.date(), getLocale()));
        day.addClassName("px-agenda-date");
        Span left = new Span(daysLeft(date.daysLeft()));
        left.getElement().getThemeList().add("badge");
        left.addClassName("px-agenda-days");
        Div when = new Div(day, left);
        when.addClassName("px-agenda-when");

        Span kind = new Span(getTranslation("calendar.kind." + date.kind().name()));
        kind.addClassName("px-agenda-kind");
        Button contract = new Button(date.number() + " · " + date.title(), e -> onOpen.accept(date));
        contract.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        contract.addClassName("px-agenda-contract");
        String platforms = date.platforms().stream().map(PlatformRef::name).collect(Collectors.joining(", "));
        Span parties = new Span(
                (date.vendor() == null ? "" : date.vendor().name()) + (platforms.isEmpty() ? "" : " · " + platforms));
        parties.addClassName("px-muted");
        Div what = new Div(kind, contract, parties);
        what.addClassName("px-agenda-what");
        if (date.inconsistent()) {
            what.add(Inconsistency.badge(date.warnings(), this, getLocale()));
        }

        entry.add(when, what);
        return entry;
    }

    private String daysLeft(long days) {
        return days == 0 ? getTranslation("calendar.today") : getTranslation("contract.days-left", days);
    }

    /** "March 2027" as a heading: the stand-alone month name (nominative in Ukrainian and Russian), capitalised. */
    static String monthName(YearMonth month, Locale locale) {
        String name = DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}

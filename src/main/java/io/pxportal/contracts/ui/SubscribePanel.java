package io.pxportal.contracts.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import io.pxportal.contracts.CalendarFeedScope;
import io.pxportal.contracts.CalendarLinkInfo;
import io.pxportal.contracts.CalendarLinkService;
import io.pxportal.contracts.NewCalendarLink;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.ShellPreferences;
import java.time.ZoneId;
import java.util.Optional;

/**
 * "Subscribe": the user's secret link to the calendar feed. The address is shown once, right after it is made;
 * afterwards only when it was made and last read. A new link (which asks first) stops the old one.
 */
class SubscribePanel extends Composite<Details> {

    private final CalendarLinkService links;
    private final String feedBase;
    private final Paragraph status = new Paragraph();
    private final RadioButtonGroup<CalendarFeedScope> scope = new RadioButtonGroup<>();
    private final Button create = new Button();
    private final Button stop = new Button();
    private final Div created = new Div();

    /** @param feedBase the portal's address up to and including {@code /calendar/} */
    SubscribePanel(CalendarLinkService links, String feedBase) {
        this.links = links;
        this.feedBase = feedBase;
        getContent().setSummaryText(getTranslation("calendar.subscribe"));
        getContent().setId("calendar-subscribe");
        getContent().addClassNames("px-panel", "px-subscribe");
        getContent().setWidthFull();
        scope.setId("calendar-link-scope");
        scope.setLabel(getTranslation("calendar.link.scope"));
        scope.setItems(CalendarFeedScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("calendar.link.scope." + s.name()));
        scope.setValue(CalendarFeedScope.MINE);
        status.setId("calendar-link-status");
        create.setId("calendar-link-create");
        create.setText(getTranslation("calendar.link.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> confirmThen(this::createLink));
        stop.setId("calendar-link-stop");
        stop.setText(getTranslation("calendar.link.stop"));
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        stop.addClickListener(e -> {
            links.stopMine();
            created.removeAll();
            refresh();
        });
        getContent()
                .add(
                        new Paragraph(getTranslation("calendar.subscribe.help")),
                        status,
                        scope,
                        new HorizontalLayout(create, stop),
                        created);
        refresh();
    }

    private void refresh() {
        Optional<CalendarLinkInfo> mine = links.mine();
        status.setText(mine.map(this::describe).orElse(getTranslation("calendar.link.none")));
        mine.ifPresent(link -> scope.setValue(link.scope()));
        stop.setVisible(mine.isPresent());
    }

    private String describe(CalendarLinkInfo link) {
        ZoneId zone = ShellPreferences.zone();
        return getTranslation(
                "calendar.link.status",
                getTranslation("calendar.link.scope." + link.scope().name()),
                Formats.dateTime(link.createdAt(), zone, getLocale()),
                link.lastUsedAt() == null
                        ? getTranslation("calendar.link.never-used")
                        : Formats.dateTime(link.lastUsedAt(), zone, getLocale()));
    }

    /** Replacing a link breaks every calendar subscribed to it, so that asks first; a first link does not. */
    private void confirmThen(Runnable action) {
        if (links.mine().isEmpty()) {
            action.run();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("calendar.link.replace.title"),
                getTranslation("calendar.link.replace.question"),
                getTranslation("calendar.link.create"),
                ok -> action.run(),
                getTranslation("editor.cancel"),
                no -> {});
        confirm.open();
    }

    private void createLink() {
        NewCalendarLink link = links.createMine(scope.getValue() == null ? CalendarFeedScope.MINE : scope.getValue());
        String url = feedBase + link.secret() + ".ics";
        TextField address = new TextField(getTranslation("calendar.link.url"));
        address.setId("calendar-link-url");
        address.setValue(url);
        address.setReadOnly(true);
        address.setWidthFull();
        address.setHelperText(getTranslation("calendar.link.once"));
        // webcal:// makes the browser hand the address to the calendar app; it is our own address, so trusted.
        Anchor open = new Anchor();
        open.setText(getTranslation("calendar.link.open"));
        open.setUnsafeHref(url.replaceFirst("^https?://", "webcal://"));
        open.setId("calendar-link-webcal");
        created.removeAll();
        created.add(address, open);
        refresh();
    }
}

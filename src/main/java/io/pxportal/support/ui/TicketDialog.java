package io.pxportal.support.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.DatePickers;
import io.pxportal.shared.ui.EditorDialog;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.shared.ui.PortalGrids;
import io.pxportal.support.SlaClock;
import io.pxportal.support.TicketService;
import io.pxportal.support.TicketStatus;
import io.pxportal.support.TicketView;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * One ticket: its details, both SLA clocks with the intervals that produced them (paused ones marked), a status
 * change for those who may, and the history.
 */
class TicketDialog extends EditorDialog {

    TicketDialog(TicketService tickets, TicketView ticket, Runnable changed, Clock clock) {
        super(ticket.caseId() + " · " + ticket.title(), details(ticket));
        setEditable(false);
        addTab(getTranslation("support.response"), clock(ticket.response(), ticket.zone()));
        addTab(getTranslation("support.resolution"), clock(ticket.resolution(), ticket.zone()));
        if (ticket.editable()) {
            addTab(getTranslation("support.ticket.change-status"), statusChange(tickets, ticket, changed, clock));
        }
        addHistory(() -> tickets.history(ticket.id()));
    }

    private static FormLayout details(TicketView t) {
        FormLayout form = new FormLayout();
        form.addFormItem(
                new Span(t.platform() + (t.vendor() == null ? "" : " · " + t.vendor())),
                form.getTranslation("support.ticket.platform"));
        form.addFormItem(
                new Span(t.severity() + " · " + t.severityName()), form.getTranslation("support.ticket.severity"));
        form.addFormItem(
                new Span(form.getTranslation("support-category." + t.category().name())),
                form.getTranslation("support.ticket.category"));
        form.addFormItem(
                new Span(form.getTranslation("support-status." + t.status().name())),
                form.getTranslation("support.ticket.status"));
        form.addFormItem(
                new Span(Formats.dateTime(t.openedAt(), t.zone(), locale()) + " (" + t.zone() + ")"),
                form.getTranslation("support.ticket.opened"));
        form.addFormItem(
                new Span(t.policy() == null ? form.getTranslation("support.ticket.no-policy") : t.policy()),
                form.getTranslation("support.policy"));
        return form;
    }

    private static VerticalLayout clock(SlaClock clock, ZoneId zone) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        if (clock == null) {
            layout.add(new Span(layout.getTranslation("support.ticket.no-policy")));
            return layout;
        }
        Span summary = new Span(layout.getTranslation(
                "support.clock.summary",
                Outcomes.duration(clock.used()),
                Outcomes.duration(clock.target()),
                Math.round(clock.percentUsed()),
                Outcomes.text(clock),
                clock.dueAt() == null ? "–" : Formats.dateTime(clock.dueAt(), zone, locale())));
        summary.setId("clock-summary");
        Grid<SlaClock.Interval> intervals = new Grid<>();
        intervals.setAllRowsVisible(true);
        PortalGrids.text(
                        intervals,
                        i -> layout.getTranslation(
                                "support-status." + i.status().name()))
                .setHeader(layout.getTranslation("support.ticket.status"));
        PortalGrids.text(intervals, i -> Formats.dateTime(i.from(), zone, locale()))
                .setHeader(layout.getTranslation("support.interval.from"));
        PortalGrids.text(
                        intervals,
                        i -> i.to() == null
                                ? layout.getTranslation("support.interval.now")
                                : Formats.dateTime(i.to(), zone, locale()))
                .setHeader(layout.getTranslation("support.interval.to"));
        PortalGrids.text(
                        intervals,
                        i -> i.paused()
                                ? layout.getTranslation("support.interval.paused")
                                : Outcomes.duration(i.counted()))
                .setHeader(layout.getTranslation("support.interval.counted"));
        EmptyState.on(intervals, layout.getTranslation("empty.clock-intervals"));
        intervals.setItems(clock.intervals());
        layout.add(summary, intervals);
        return layout;
    }

    private static java.util.Locale locale() {
        return com.vaadin.flow.component.UI.getCurrent().getLocale();
    }

    private Component statusChange(TicketService tickets, TicketView ticket, Runnable changed, Clock clock) {
        ComboBox<TicketStatus> status = new ComboBox<>(getTranslation("support.ticket.status"));
        status.setItems(TicketStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("support-status." + s.name()));
        DateTimePicker at = DatePickers.localized(new DateTimePicker(getTranslation("support.ticket.status-since")));
        at.setValue(
                LocalDateTime.now(clock.withZone(ticket.zone())).withSecond(0).withNano(0));
        Button apply = new Button(getTranslation("support.ticket.change-status"), e -> {
            if (status.getValue() == null || at.getValue() == null) {
                return;
            }
            try {
                tickets.changeStatus(
                        ticket.id(),
                        status.getValue(),
                        at.getValue().atZone(ticket.zone()).toInstant(),
                        ticket.version());
                Notifications.success(getTranslation("editor.saved", ticket.caseId()));
                changed.run();
                close();
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        apply.setId("ticket-change-status");
        return new HorizontalLayout(status, at, apply);
    }
}

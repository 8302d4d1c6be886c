package io.pxportal.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.support.BusinessCalendarDraft;
import io.pxportal.support.BusinessCalendarService;
import io.pxportal.support.BusinessCalendarView;
import io.pxportal.support.WorkWeek;
import io.pxportal.support.WorkWeekText;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The business calendars the policies run on: a new one, and the editor with its history. */
class CalendarsPanel extends VerticalLayout {

    private final transient BusinessCalendarService calendars;
    /** The portal's clock: the date a new week version is effective from by default. */
    private final java.time.Clock clock;

    private final Grid<BusinessCalendarView> grid = new Grid<>();

    CalendarsPanel(BusinessCalendarService calendars, ExportService exports, java.time.Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
        setPadding(false);
        grid.setId("calendars-grid");
        ListColumns<BusinessCalendarView> columns = new ListColumns<>(grid);
        columns.add("support.calendar.name", c -> c.draft().name()).setAutoWidth(true);
        columns.add("support.policy.zone", c -> c.draft().timeZone()).setAutoWidth(true);
        columns.add(
                        "support.policy.hours",
                        c -> c.draft().weeks().stream()
                                .max(Comparator.comparing(WorkWeek::effectiveFrom))
                                .map(w -> WorkWeekText.format(w.days()))
                                .orElse(""))
                .setFlexGrow(1);
        columns.add(
                        "support.calendar.effective-from",
                        c -> c.draft().weeks().stream()
                                .map(WorkWeek::effectiveFrom)
                                .max(Comparator.naturalOrder())
                                .map(LocalDate::toString)
                                .orElse(""))
                .setAutoWidth(true);
        columns.add(
                        "support.policy.holidays",
                        c -> String.valueOf(c.draft().holidays().size()))
                .setAutoWidth(true);
        columns.add("support.policies", c -> String.valueOf(c.policies())).setAutoWidth(true);
        EmptyState.on(
                grid,
                getTranslation("empty.calendars") + " "
                        + getTranslation("list.empty.import", getTranslation("support.calendars")));
        LazyGrids.bind(grid, calendars::page, calendars::count);
        grid.addItemClickListener(e -> open(calendars.get(e.getItem().id())));
        Button create = new Button(getTranslation("list.new"), VaadinIcon.PLUS.create(), e -> open(null));
        create.setId("calendars-new");
        create.setVisible(CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER));
        HorizontalLayout actions =
                new HorizontalLayout(create, new ExportMenu<>("business-calendars", exports, columns, calendars::page));
        actions.setAlignItems(Alignment.CENTER);
        add(actions, grid);
    }

    private void open(BusinessCalendarView calendar) {
        LocalDate today = LocalDate.now(clock);
        BusinessCalendarDraft start =
                calendar == null ? new BusinessCalendarDraft("", "UTC", List.of(), List.of(), null) : calendar.draft();
        CalendarForm form = new CalendarForm(start, today);
        String title = calendar == null
                ? getTranslation("support.calendar.new")
                : calendar.draft().name();
        RetimingEditor.open(
                title,
                form,
                "calendar-retime-from",
                calendar == null ? null : calendar.id(),
                calendar == null || calendar.editable(),
                calendars::history,
                (draft, retimeFrom) -> {
                    if (calendar == null) {
                        calendars.create(draft);
                    } else {
                        calendars.update(calendar.id(), draft, retimeFrom);
                    }
                    Notifications.success(getTranslation("editor.saved", draft.name()));
                    grid.getDataProvider().refreshAll();
                });
    }
}

package io.pxportal.support.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.ui.EditorDialog;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.shared.ui.ListToolbar;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.shared.ui.PortalGrids;
import io.pxportal.shared.ui.ShellPreferences;
import io.pxportal.support.Severity;
import io.pxportal.support.TicketFilter;
import io.pxportal.support.TicketRecorded;
import io.pxportal.support.TicketService;
import io.pxportal.support.TicketView;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Vendor tickets, newest first, with both SLA clocks; a figure elsewhere can narrow the list ({@link #show}). Admins
 * and product owners record a new ticket for a platform they may change.
 */
class TicketsPanel extends VerticalLayout {

    private final transient TicketService tickets;
    private final transient Supplier<List<PlatformDetails>> editablePlatforms;
    private final transient Clock clock;
    private final Grid<TicketView> grid = new Grid<>();
    private final ListToolbar toolbar;
    private final ComboBox<Severity> severity = new ComboBox<>();
    private final Checkbox openOnly = new Checkbox();
    private final Checkbox breachedOnly = new Checkbox();
    private final Span narrowed = new Span();
    private TicketFilter drill;

    /** {@code editablePlatforms}: the platforms the user may record tickets for, read when "New" is clicked. */
    TicketsPanel(
            TicketService tickets,
            ExportService exports,
            Supplier<List<PlatformDetails>> editablePlatforms,
            Clock clock) {
        this.tickets = tickets;
        this.editablePlatforms = editablePlatforms;
        this.clock = clock;
        setSizeFull();
        setPadding(false);
        toolbar = new ListToolbar(getTranslation("support.tickets"), "tickets");
        toolbar.onSearch(text -> refresh());
        filters();
        toolbar.addFilters(severity, openOnly, breachedOnly, narrowed);
        grid.setId("tickets-grid");
        ListColumns<TicketView> columns = columns();
        grid.sort(java.util.List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(
                grid.getColumns().get(5), com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
        if (mayRecord()) {
            toolbar.enableCreate(this::create);
        }
        // Response and resolution are what a ticket list is read for; platform and time used are one click away.
        toolbar.addActions(PortalGrids.fitWithChooser(grid, "support.ticket.platform", "support.used"));
        toolbar.addActions(new ExportMenu<>("tickets", exports, columns, p -> tickets.page(filter(), p)));
        grid.addItemClickListener(
                e -> new TicketDialog(tickets, tickets.get(e.getItem().id()), this::refresh, clock).open());
        LazyGrids.bind(grid, p -> tickets.page(filter(), p), () -> tickets.count(filter()));
        toolbar.emptyStateWithImport(
                grid,
                getTranslation("empty.tickets"),
                getTranslation("list.empty.import", getTranslation("support.tickets")));
        add(toolbar, grid);
        setFlexGrow(1, grid);
        show(null);
    }

    /** Severity, open or breached only, and the figure the list was narrowed to (click to clear). */
    private void filters() {
        severity.setId("tickets-severity");
        severity.setPlaceholder(getTranslation("support.ticket.severity"));
        severity.setItems(Severity.values());
        severity.setClearButtonVisible(true);
        severity.addValueChangeListener(e -> refresh());
        openOnly.setId("tickets-open");
        openOnly.setLabel(getTranslation("support.tickets.open-only"));
        openOnly.addValueChangeListener(e -> refresh());
        breachedOnly.setId("tickets-breached");
        breachedOnly.setLabel(getTranslation("support.tickets.breached-only"));
        breachedOnly.addValueChangeListener(e -> refresh());
        narrowed.setId("tickets-drill");
        narrowed.addClassName("px-muted");
        narrowed.addClickListener(e -> show(null));
    }

    /** Case, platform, severity, title, status, opened, the SLA outcomes and the share of the resolution time used. */
    private ListColumns<TicketView> columns() {
        ListColumns<TicketView> columns = new ListColumns<>(grid);
        columns.add("support.ticket.case", TicketView::caseId)
                .setSortProperty("caseId")
                .setAutoWidth(true)
                .setFrozen(true);
        columns.add("support.ticket.platform", TicketView::platform).setAutoWidth(true);
        columns.add("support.ticket.severity", t -> t.severity() + " · " + t.severityName())
                .setSortProperty("severity")
                .setAutoWidth(true);
        columns.add("support.ticket.title", TicketView::title).setFlexGrow(1).setWidth("10em");
        columns.add(
                        "support.ticket.status",
                        t -> getTranslation("support-status." + t.status().name()))
                .setSortProperty("status")
                .setAutoWidth(true);
        columns.add("support.ticket.opened", t -> Formats.dateTime(t.openedAt(), t.zone(), getLocale()))
                .setSortProperty("openedAt")
                .setAutoWidth(true);
        columns.addComponent("support.response", t -> Outcomes.text(t.response()), t -> Outcomes.badge(t.response()))
                .setAutoWidth(true);
        columns.addComponent(
                        "support.resolution", t -> Outcomes.text(t.resolution()), t -> Outcomes.badge(t.resolution()))
                .setAutoWidth(true);
        columns.add(
                        "support.used",
                        t -> t.resolution() == null
                                ? ""
                                : Formats.percentSign(
                                        Formats.number(Math.round(t.resolution().percentUsed()), getLocale()),
                                        getLocale()))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        return columns;
    }

    /** Narrows the list to the tickets behind a figure (null: all again). */
    void show(TicketFilter filter) {
        drill = filter;
        narrowed.setText(filter == null ? "" : getTranslation("support.tickets.narrowed"));
        narrowed.setVisible(filter != null);
        refresh();
    }

    /** The role rule of {@code TicketService.record}; which platforms the user may change narrows the form. */
    private static boolean mayRecord() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER);
    }

    private void create() {
        List<PlatformDetails> platforms = editablePlatforms.get();
        if (platforms.isEmpty()) {
            // a ticket belongs to a platform: on an empty portal (or for an owner of none) say what comes first
            Notifications.error(getTranslation("support.ticket.no-platform"));
            return;
        }
        ZoneId zone = ShellPreferences.zone();
        TicketForm form = new TicketForm(
                platforms, LocalDateTime.now(clock.withZone(zone)).withSecond(0).withNano(0), zone);
        EditorDialog dialog = new EditorDialog(getTranslation("support.ticket.new"), form);
        dialog.onSave(() -> form.validDraft().ifPresent(draft -> {
            if (exists(draft.platformId(), draft.caseId())) {
                Notifications.error(getTranslation("support.ticket.exists", draft.caseId()));
                return;
            }
            TicketRecorded recorded = tickets.record(draft);
            Notifications.success(
                    getTranslation("editor.saved", recorded.ticket().caseId()));
            dialog.close();
            refresh();
        }));
        dialog.open();
    }

    /** Recording is idempotent by platform and case id; a new ticket must not silently update an existing one. */
    private boolean exists(Long platformId, String caseId) {
        TicketFilter same = new TicketFilter(caseId, Set.of(platformId), null, null, null, false, false);
        return tickets.page(same, org.springframework.data.domain.PageRequest.of(0, 50)).stream()
                .anyMatch(t -> t.caseId().equalsIgnoreCase(caseId));
    }

    private TicketFilter filter() {
        Set<Long> platforms = drill == null ? null : drill.platformIds();
        Severity chosen = severity.getValue() != null ? severity.getValue() : drill == null ? null : drill.severity();
        return new TicketFilter(
                toolbar.searchText(),
                platforms,
                chosen,
                drill == null ? null : drill.fromMonth(),
                drill == null ? null : drill.toMonth(),
                openOnly.getValue() || (drill != null && drill.openOnly()),
                breachedOnly.getValue() || (drill != null && drill.breachedOnly()));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}

package io.pxportal.governance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.governance.AuditLogService;
import io.pxportal.identity.events.IdentityEvent;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditLog;
import io.pxportal.shared.audit.AuditLogEntry;
import io.pxportal.shared.audit.AuditLogFilter;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.security.Roles;
import io.pxportal.shared.ui.DatePickers;
import io.pxportal.shared.ui.HistoryPanel;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.shared.ui.ListToolbar;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.PortalGrids;
import io.pxportal.shared.ui.ShellPreferences;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit trail for auditors and admins: every change of every record (who, when, each field old → new) and
 * the security events, filtered by user, record type, record and date, newest first, exportable as it is shown.
 */
@Route("audit")
@Menu(title = "menu.audit", order = 92, icon = "vaadin:archive")
@InMenuSection(MenuSection.ADMINISTRATION)
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final transient AuditLogService audit;
    private final Grid<AuditLogEntry> grid = new Grid<>();
    private final TextField user = new TextField();
    private final ComboBox<String> recordType = new ComboBox<>();
    private final IntegerField recordId = new IntegerField();
    private final DatePicker from = DatePickers.localized(new DatePicker());
    private final DatePicker to = DatePickers.localized(new DatePicker());

    public AuditView(AuditLogService audit, ExportService exports) {
        this.audit = audit;
        setSizeFull();
        ListToolbar toolbar = new ListToolbar(getTranslation("menu.audit"), "audit");
        toolbar.hideSearch();
        filters(toolbar);

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        ListColumns<AuditLogEntry> columns = new ListColumns<>(grid);
        columns.add("history.when", e -> Formats.dateTime(e.at(), ShellPreferences.zone(), getLocale()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        columns.add("history.who", AuditLogEntry::username).setAutoWidth(true).setFlexGrow(0);
        columns.add("audit.record-type", e -> typeName(e.recordType()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        columns.add("history.record", this::record).setWidth("14em").setFlexGrow(1);
        columns.add("audit.action", this::action).setAutoWidth(true).setFlexGrow(0);
        columns.addComponent("audit.changes", e -> String.join("\n", changeLines(e)), this::changes)
                .setWidth("28em")
                .setFlexGrow(3);
        LazyGrids.bind(grid, p -> audit.page(filter(), p), () -> audit.count(filter()));

        toolbar.addActions(PortalGrids.fitWithChooser(grid));

        toolbar.addActions(new ExportMenu<>("audit-trail", exports, columns, p -> audit.page(filter(), p)));
        toolbar.emptyState(grid, getTranslation("empty.audit"), null);
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void filters(ListToolbar toolbar) {
        user.setId("audit-user");
        user.setLabel(getTranslation("history.who"));
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        recordType.setId("audit-record-type");
        recordType.setLabel(getTranslation("audit.record-type"));
        List<String> types = new ArrayList<>(audit.recordTypes());
        types.add(AuditLog.SECURITY);
        recordType.setItems(types);
        recordType.setItemLabelGenerator(this::typeName);
        recordType.setClearButtonVisible(true);
        recordId.setId("audit-record-id");
        recordId.setLabel(getTranslation("audit.record-id"));
        recordId.setMin(1);
        recordId.setClearButtonVisible(true);
        recordId.setValueChangeMode(ValueChangeMode.LAZY);
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.to"));
        user.addValueChangeListener(e -> refresh());
        recordType.addValueChangeListener(e -> refresh());
        recordId.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        toolbar.addFilters(user, recordType, recordId, from, to);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** The filters as the trail takes them: whole days in the user's time zone, "to" included. */
    private AuditLogFilter filter() {
        ZoneId zone = ShellPreferences.zone();
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        return new AuditLogFilter(
                user.getValue(),
                recordType.getValue(),
                recordId.getValue() == null ? null : recordId.getValue().longValue(),
                first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** A record type's name: its message, or for a module that has none yet, its class name in words. */
    private String typeName(String type) {
        String key = "audit.type." + type;
        String name = getTranslation(key);
        return name.equals("!" + key) ? type.replaceAll("([a-z])([A-Z])", "$1 $2") : name;
    }

    private String record(AuditLogEntry entry) {
        if (entry.securityEvent()) {
            return "";
        }
        return entry.label().isEmpty() ? "#" + entry.recordId() : entry.label() + " (#" + entry.recordId() + ")";
    }

    private String action(AuditLogEntry entry) {
        if (entry.securityEvent()) {
            return getTranslation("audit.event." + entry.action());
        }
        return getTranslation("history.kind." + entry.action().toLowerCase());
    }

    private List<String> changeLines(AuditLogEntry entry) {
        if (entry.securityEvent()) {
            String detail = IdentityEvent.LOGIN_FAILED.name().equals(entry.action())
                    ? getTranslation("audit.login-failure." + entry.detail())
                    : entry.detail();
            return detail.isEmpty() ? List.of() : List.of(detail);
        }
        return entry.changes().stream().map(this::changeLine).collect(Collectors.toList());
    }

    private String changeLine(AuditEntry.FieldChange change) {
        return getTranslation(
                "audit.change",
                getTranslation(change.field()),
                HistoryPanel.readable(change.oldValue(), this::getTranslation),
                HistoryPanel.readable(change.newValue(), this::getTranslation));
    }

    private Component changes(AuditLogEntry entry) {
        Div lines = new Div();
        lines.addClassName("px-audit-changes");
        changeLines(entry).forEach(line -> lines.add(new Div(line)));
        return lines;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit");
    }
}

package io.pxportal.licensing.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.licensing.EntitlementFilter;
import io.pxportal.licensing.EntitlementService;
import io.pxportal.licensing.EntitlementView;
import io.pxportal.licensing.LicenceMetric;
import io.pxportal.licensing.LicencePosition;
import io.pxportal.licensing.UsageService;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.ui.PlatformFilterBox;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.ui.DatePickers;
import io.pxportal.shared.ui.EditorDialog;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.shared.ui.LinkedRecord;
import io.pxportal.shared.ui.ListToolbar;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.shared.ui.PortalGrids;
import io.pxportal.shared.ui.ShellPreferences;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The effective licence position of every entitlement on a chosen day (today by default): entitled, consumed,
 * utilisation, compliance exposure, shelfware and, for volumes, the year-end forecast and the day it runs out.
 */
@Route("licences")
@Menu(title = "menu.licences", order = 35, icon = "vaadin:key-o")
@InMenuSection(MenuSection.CONTRACTS)
@PermitAll
public class LicencesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The query parameter that opens one entitlement, as alerts link to it. */
    public static final String ENTITLEMENT_PARAMETER = "entitlement";

    private final transient EntitlementService entitlements;
    private final transient UsageService usage;
    private final transient ContractService contracts;
    private final transient ShellPreferences preferences;
    private final transient Clock clock;
    private final Grid<EntitlementView> grid = new Grid<>();
    private final ListToolbar toolbar;
    private final ComboBox<PlatformRef> platformFilter;
    private final ComboBox<LicenceMetric> metricFilter = new ComboBox<>();
    private final DatePicker asOf = DatePickers.localized(new DatePicker());

    public LicencesView(
            EntitlementService entitlements,
            UsageService usage,
            ContractService contracts,
            PlatformService platforms,
            ExportService exports,
            ShellPreferences preferences,
            Clock clock) {
        this.clock = clock;
        this.entitlements = entitlements;
        this.usage = usage;
        this.contracts = contracts;
        this.preferences = preferences;
        setSizeFull();
        toolbar = new ListToolbar(getTranslation("menu.licences"), "licences");
        toolbar.onSearch(text -> refresh());
        platformFilter = PlatformFilterBox.create(
                platforms, "licences-platform", getTranslation("entitlement.platform"), this::refresh);
        metricFilter.setId("licences-metric");
        metricFilter.setPlaceholder(getTranslation("entitlement.metric"));
        metricFilter.setItems(LicenceMetric.values());
        metricFilter.setItemLabelGenerator(m -> getTranslation("licence-metric." + m.name()));
        metricFilter.setClearButtonVisible(true);
        metricFilter.addValueChangeListener(e -> refresh());
        asOf.setId("licences-as-of");
        asOf.setValue(LocalDate.now(clock));
        asOf.setAriaLabel(getTranslation("licence.as-of"));
        asOf.setTooltipText(getTranslation("licence.as-of"));
        asOf.addValueChangeListener(e -> refresh());
        toolbar.addFilters(platformFilter, metricFilter, asOf);
        if (CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER)) {
            toolbar.enableCreate(
                    () -> open(null),
                    () -> contracts.count(new ContractFilter(null, null, null)) > 0,
                    "create.needs.contract");
        }
        ListColumns<EntitlementView> columns = columns();
        // The figures a shortfall is judged by stay in view; the rest are one click away in the chooser.
        toolbar.addActions(PortalGrids.fitWithChooser(
                grid,
                "entitlement.contract",
                "entitlement.metric",
                "licence.consumed",
                "licence.shelfware",
                "licence.forecast"));
        toolbar.addActions(
                new ExportMenu<>("licences", exports, columns, p -> entitlements.page(filter(), asOf.getValue(), p)));
        grid.addItemClickListener(e -> open(entitlements.get(e.getItem().id())));
        LazyGrids.bind(grid, p -> entitlements.page(filter(), asOf.getValue(), p), () -> entitlements.count(filter()));
        toolbar.emptyStateWithImport(
                grid,
                getTranslation("empty.licences"),
                getTranslation("list.empty.import", getTranslation("licence.entitlements")));
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private ListColumns<EntitlementView> columns() {
        grid.setId("licences-grid");
        PositionFormat format = new PositionFormat(this, this::getLocale);
        ListColumns<EntitlementView> columns = new ListColumns<>(grid);
        // Many figures per row: the product stays in view while the figures scroll.
        columns.add("entitlement.product", e -> e.draft().product())
                .setSortProperty("product")
                .setWidth("10em")
                .setFlexGrow(1)
                .setFrozen(true);
        columns.add(
                        "entitlement.platform",
                        e -> e.platform() == null ? "" : e.platform().name())
                .setWidth("8em")
                .setFlexGrow(1);
        columns.add("entitlement.contract", e -> e.contract().number()).setAutoWidth(true);
        columns.add(
                        "entitlement.metric",
                        e -> getTranslation(
                                "licence-metric." + e.draft().metric().name()))
                .setSortProperty("metric")
                .setAutoWidth(true);
        columns.addComponent("licence.status", e -> format.status(e.position()), e -> badge(format, e.position()))
                .setAutoWidth(true);
        columns.add("licence.entitled", e -> format.entitled(e.position()))
                .setSortProperty("quantity")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        columns.add("licence.consumed", e -> format.number(e.position().consumed()))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        columns.add("licence.utilisation", e -> format.percent(e.position().utilisation()))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        columns.add("licence.exposure", e -> format.money(e.position().exposure(), e.currency()))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        columns.add("licence.shelfware", e -> format.money(e.position().shelfware(), e.currency()))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        columns.add("licence.forecast", e -> format.number(e.position().forecast()))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        columns.add("licence.runs-out", e -> Formats.date(e.position().runsOutOn(), getLocale()))
                .setAutoWidth(true);
        grid.sort(GridSortOrder.asc(grid.getColumns().getFirst()).build());
        return columns;
    }

    private static Span badge(PositionFormat format, LicencePosition position) {
        Span badge = new Span(format.status(position));
        badge.getElement()
                .getThemeList()
                .add(
                        switch (position.status()) {
                            case SHORTFALL -> "badge error";
                            case FORECAST_SHORTFALL -> "badge warning";
                            case WITHIN -> "badge success";
                            default -> "badge contrast";
                        });
        return badge;
    }

    private EntitlementFilter filter() {
        return new EntitlementFilter(
                toolbar.searchText(),
                platformFilter.getValue() == null
                        ? null
                        : platformFilter.getValue().id(),
                metricFilter.getValue(),
                null);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void open(EntitlementView entitlement) {
        EntitlementForm form = new EntitlementForm(contracts);
        boolean editable = entitlement == null || entitlement.editable();
        EditorDialog dialog = new EditorDialog(
                entitlement == null
                        ? getTranslation("entitlement.new")
                        : entitlement.draft().product() + " · "
                                + entitlement.contract().number(),
                form);
        if (entitlement != null) {
            form.edit(entitlement);
            LocalDate day = asOf.getValue() == null ? LocalDate.now(clock) : asOf.getValue();
            PositionPanel position = new PositionPanel(entitlements, entitlement, day, preferences.isDark(), clock);
            // The position only shows, the measurements have their own buttons: Save and Delete hide there.
            dialog.addPanel(getTranslation("licence.position-tab"), position);
            dialog.addPanel(
                    getTranslation("licence.measurements"),
                    new MeasurementsPanel(usage, entitlement, position::refresh, clock));
            dialog.addHistory(() -> entitlements.history(entitlement.id()));
            if (editable) {
                dialog.onDelete(entitlement.draft().product(), () -> {
                    entitlements.delete(entitlement.id(), entitlement.draft().version());
                    Notifications.success(
                            getTranslation("editor.deleted", entitlement.draft().product()));
                    dialog.close();
                });
            }
        }
        form.setReadOnly(!editable);
        dialog.setEditable(editable);
        dialog.onSave(() -> form.validDraft().ifPresent(draft -> {
            if (entitlement == null) {
                entitlements.create(draft);
            } else {
                entitlements.update(entitlement.id(), draft);
            }
            Notifications.success(getTranslation("editor.saved", draft.product()));
            dialog.close();
        }));
        // Measurements change positions too: refresh the list whenever the editor closes.
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                refresh();
            }
        });
        dialog.open();
    }

    /** {@code ?entitlement=ID} (e.g. from a shortfall alert) opens that entitlement's position. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LinkedRecord.id(event, ENTITLEMENT_PARAMETER).ifPresent(id -> open(entitlements.get(id)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.licences");
    }
}

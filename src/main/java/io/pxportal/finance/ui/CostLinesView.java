package io.pxportal.finance.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.pxportal.contracts.ContractService;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.finance.CostCategory;
import io.pxportal.finance.CostKind;
import io.pxportal.finance.CostLineFilter;
import io.pxportal.finance.CostLineService;
import io.pxportal.finance.CostLineView;
import io.pxportal.finance.FinanceReportService;
import io.pxportal.finance.FinanceSettings;
import io.pxportal.finance.FinanceSettingsService;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorService;
import io.pxportal.portfolio.ui.PlatformFilterBox;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.ui.EditorDialog;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.shared.ui.ListToolbar;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.shared.ui.PortalGrids;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Every cost line the user may see, filtered by fiscal year, platform, category and kind (a drill-down from
 * budget vs actual, or a PX metric's evidence, arrives with them in the address: {@code fiscalYear},
 * {@code platformId}, {@code vendorId}, {@code category}, {@code kind}); each opens its editor with history.
 */
@Route("finance/costs")
@Menu(title = "finance.menu.costs", order = 41, icon = "vaadin:invoice")
@InMenuSection(MenuSection.FINANCE)
@PermitAll
public class CostLinesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient CostLineService lines;
    private final transient PlatformService platforms;
    private final transient VendorService vendors;
    private final transient ContractService contracts;
    private final String currency;
    private final transient Clock clock;
    private final Grid<CostLineView> grid = new Grid<>();
    private final ListToolbar toolbar;
    private final Select<Integer> fiscalYear = new Select<>();
    private final ComboBox<PlatformRef> platform;
    private final Select<CostCategory> category = new Select<>();
    private final Select<CostKind> kind = new Select<>();
    private Long vendorId;

    public CostLinesView(
            CostLineService lines,
            PlatformService platforms,
            VendorService vendors,
            ContractService contracts,
            FinanceReportService reports,
            FinanceSettingsService settings,
            ExportService exports,
            Clock clock) {
        this.lines = lines;
        this.clock = clock;
        this.platforms = platforms;
        this.vendors = vendors;
        this.contracts = contracts;
        var current = settings.get();
        this.currency = current.reportingCurrency();
        setSizeFull();
        toolbar = new ListToolbar(getTranslation("finance.menu.costs"), "costs");
        toolbar.onSearch(text -> refresh());
        int thisYear = reports.currentFiscalYear();
        fiscalYearChoice(thisYear, current);
        platform = PlatformFilterBox.create(
                platforms, "costs-platform", getTranslation("finance.cost.platform"), this::refresh);
        categoryChoices();
        List.of(fiscalYear, category, kind).forEach(s -> s.addValueChangeListener(e -> refresh()));
        toolbar.addFilters(fiscalYear, platform, category, kind);
        if (CurrentUser.hasRole(Role.ADMIN)
                || CurrentUser.hasRole(Role.FINANCE)
                || (CurrentUser.hasRole(Role.PRODUCT_OWNER) && current.ownersEditCosts())) {
            toolbar.enableCreate(
                    () -> open(null), () -> platforms.count(PlatformFilter.all()) > 0, "create.needs.platform");
        }
        ListColumns<CostLineView> columns = columns();
        toolbar.addActions(PortalGrids.fitWithChooser(grid));
        toolbar.addActions(new ExportMenu<>("cost-lines", exports, columns, p -> lines.page(filter(), p)));
        grid.addItemClickListener(e -> open(lines.get(e.getItem().id())));
        LazyGrids.bind(grid, p -> lines.page(filter(), p), () -> lines.count(filter()));
        toolbar.emptyStateWithImport(
                grid,
                getTranslation("empty.costs"),
                getTranslation("list.empty.import", getTranslation("finance.menu.costs")));
        if (reports.costsHidden()) {
            // Nothing to list, filter or export: say why instead of an empty grid
            add(CostsHidden.page(getTranslation("finance.menu.costs")));
            return;
        }
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    /** The fiscal years to filter by: four back, the current and the next, or all. */
    private void fiscalYearChoice(int thisYear, FinanceSettings current) {
        fiscalYear.setId("costs-fiscal-year");
        fiscalYear.setEmptySelectionAllowed(true);
        fiscalYear.setEmptySelectionCaption(getTranslation("finance.all-years"));
        fiscalYear.setItems(
                IntStream.rangeClosed(thisYear - 4, thisYear + 1).boxed().toList());
        fiscalYear.setItemLabelGenerator(fy -> fy == null
                ? getTranslation("finance.all-years")
                : current.calendar().label(fy));
    }

    private void categoryChoices() {
        category.setId("costs-category");
        category.setEmptySelectionAllowed(true);
        category.setItems(CostCategory.values());
        category.setItemLabelGenerator(c ->
                c == null ? getTranslation("finance.all-categories") : getTranslation("finance-category." + c.name()));
        kind.setId("costs-kind");
        kind.setEmptySelectionAllowed(true);
        kind.setItems(CostKind.values());
        kind.setItemLabelGenerator(
                k -> k == null ? getTranslation("finance.all-kinds") : getTranslation("finance-kind." + k.name()));
    }

    private ListColumns<CostLineView> columns() {
        grid.setId("costs-grid");
        ListColumns<CostLineView> columns = new ListColumns<>(grid);
        columns.add("finance.cost.period", l -> l.draft().period().toString())
                .setSortProperty("periodMonth")
                .setAutoWidth(true);
        columns.add("finance.cost.reference", l -> l.draft().reference())
                .setSortProperty("reference")
                .setAutoWidth(true);
        columns.add(
                        "finance.cost.platform",
                        l -> l.platform() == null ? "" : l.platform().name())
                .setFlexGrow(1);
        columns.add(
                        "finance.cost.vendor",
                        l -> l.vendor() == null ? "" : l.vendor().name())
                .setAutoWidth(true);
        columns.add("finance.cost.contract", CostLineView::contractNumber).setAutoWidth(true);
        columns.add(
                        "finance.cost.category",
                        l -> getTranslation(
                                "finance-category." + l.draft().category().name()))
                .setSortProperty("category")
                .setAutoWidth(true);
        columns.add(
                        "finance.cost.kind",
                        l -> getTranslation("finance-kind." + l.draft().kind().name()))
                .setAutoWidth(true);
        columns.add("finance.cost.amount", l -> Amounts.money(l.draft().money(), getLocale()))
                .setSortProperty("amount")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.sort(com.vaadin.flow.component.grid.GridSortOrder.desc(
                        grid.getColumns().getFirst())
                .build());
        return columns;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("fiscalYear").map(Integer::valueOf).ifPresent(fiscalYear::setValue);
        parameters.getSingleParameter("category").map(CostCategory::valueOf).ifPresent(category::setValue);
        parameters.getSingleParameter("kind").map(CostKind::valueOf).ifPresent(kind::setValue);
        PlatformFilterBox.select(platform, platforms, parameters.getSingleParameter("platformId"));
        vendorId = parameters.getSingleParameter("vendorId").map(Long::valueOf).orElse(null);
        refresh();
    }

    private CostLineFilter filter() {
        return new CostLineFilter(
                toolbar.searchText(),
                platform.getValue() == null ? null : platform.getValue().id(),
                vendorId,
                category.getValue(),
                kind.getValue(),
                fiscalYear.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void open(CostLineView line) {
        CostLineForm form = new CostLineForm(platforms, vendors, contracts, currency, clock);
        boolean editable = line == null || line.editable();
        EditorDialog dialog = new EditorDialog(
                line == null ? getTranslation("finance.cost.new") : line.draft().reference(), form);
        if (line != null) {
            form.edit(line);
            dialog.addHistory(() -> lines.history(line.id()));
            if (editable) {
                dialog.onDelete(line.draft().reference(), () -> {
                    lines.delete(line.id(), line.draft().version());
                    Notifications.success(
                            getTranslation("editor.deleted", line.draft().reference()));
                    dialog.close();
                    refresh();
                });
            }
        }
        form.setReadOnly(!editable);
        dialog.setEditable(editable);
        dialog.onSave(() -> form.validDraft().ifPresent(draft -> {
            if (line == null) {
                lines.create(draft);
            } else {
                lines.update(line.id(), draft);
            }
            Notifications.success(getTranslation("editor.saved", draft.reference()));
            dialog.close();
            refresh();
        }));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("finance.menu.costs");
    }
}

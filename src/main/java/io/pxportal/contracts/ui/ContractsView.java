package io.pxportal.contracts.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
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
import io.pxportal.contracts.ContractView;
import io.pxportal.contracts.RenewalSchedule;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;
import io.pxportal.portfolio.ui.PlatformFilterBox;
import io.pxportal.portfolio.ui.PortfolioPicks;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.shared.ui.LinkedRecord;
import io.pxportal.shared.ui.ListToolbar;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.PortalGrids;
import jakarta.annotation.security.PermitAll;
import java.util.Currency;
import java.util.stream.Collectors;

/**
 * All contracts with where each stands today: term end, notice deadline (and how far away), next renewal; a
 * contract whose terms cannot work as entered is flagged, and the list can show only those.
 */
@Route("contracts")
@Menu(title = "menu.contracts", order = 30, icon = "vaadin:file-text-o")
@InMenuSection(MenuSection.CONTRACTS)
@PermitAll
public class ContractsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient ContractService contracts;
    private final transient ContractEditor editor;
    private final Grid<ContractView> grid = new Grid<>();
    private final ListToolbar toolbar;
    private final ComboBox<VendorRef> vendorFilter = new ComboBox<>();
    private final ComboBox<PlatformRef> platformFilter;
    private final Checkbox inconsistentOnly = new Checkbox();

    public ContractsView(
            ContractService contracts,
            VendorService vendors,
            PlatformService platforms,
            ExportService exports,
            ContractEditor editor) {
        this.editor = editor;
        this.contracts = contracts;
        setSizeFull();
        toolbar = new ListToolbar(getTranslation("menu.contracts"), "contracts");
        toolbar.onSearch(text -> refresh());
        vendorFilter.setPlaceholder(getTranslation("contract.vendor"));
        PortfolioPicks.vendors(vendorFilter, vendors);
        vendorFilter.setClearButtonVisible(true);
        vendorFilter.addValueChangeListener(e -> refresh());
        platformFilter = PlatformFilterBox.create(platforms, null, getTranslation("contract.platforms"), this::refresh);
        inconsistentOnly.setId("contracts-inconsistent");
        inconsistentOnly.setLabel(getTranslation("contract.inconsistent.filter"));
        inconsistentOnly.addValueChangeListener(e -> refresh());
        toolbar.addFilters(vendorFilter, platformFilter, inconsistentOnly);
        if (CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER)) {
            toolbar.enableCreate(
                    () -> editor.openNew(this::refresh), () -> vendors.count(null) > 0, "create.needs.vendor");
        }
        ListColumns<ContractView> columns = columns();
        // Platforms are one click away: without them the deadline and the value fit a 1280 px screen.
        toolbar.addActions(PortalGrids.fitWithChooser(grid, "contract.platforms"));
        toolbar.addActions(new ExportMenu<>("contracts", exports, columns, p -> contracts.page(filter(), p)));
        grid.addItemClickListener(e -> editor.open(e.getItem().id(), this::refresh));
        LazyGrids.bind(grid, p -> contracts.page(filter(), p), () -> contracts.count(filter()));
        toolbar.emptyStateWithImport(
                grid,
                getTranslation("empty.contracts"),
                getTranslation("list.empty.import", getTranslation("menu.contracts")));
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private ListColumns<ContractView> columns() {
        grid.setId("contracts-grid");
        ListColumns<ContractView> columns = new ListColumns<>(grid);
        columns.add("contract.number", c -> c.draft().number())
                .setSortProperty("number")
                .setAutoWidth(true);
        columns.add("contract.title", c -> c.draft().title())
                .setSortProperty("title")
                .setWidth("10em")
                .setFlexGrow(2);
        columns.add("contract.vendor", c -> c.vendor() == null ? "" : c.vendor().name())
                .setWidth("8em")
                .setFlexGrow(1);
        columns.add(
                        "contract.platforms",
                        c -> c.platforms().stream().map(PlatformRef::name).collect(Collectors.joining(", ")))
                .setWidth("9em")
                .setFlexGrow(1);
        columns.add(
                        "contract.state",
                        c -> getTranslation(
                                "renewal.state." + c.schedule().state().name()))
                .setAutoWidth(true);
        columns.addComponent(
                        "contract.consistency",
                        c -> c.inconsistent() ? Inconsistency.text(c.warnings(), this, getLocale()) : "",
                        c -> c.inconsistent() ? Inconsistency.badge(c.warnings(), this, getLocale()) : new Span())
                .setKey("consistency")
                .setAutoWidth(true);
        columns.add("contract.term-end", c -> Formats.date(c.schedule().termEnd(), getLocale()))
                .setAutoWidth(true);
        columns.add("contract.notice-deadline", c -> deadline(c.schedule())).setAutoWidth(true);
        columns.add(
                        "contract.annual-value",
                        c -> c.draft().annualValue() == null
                                ? ""
                                : Formats.money(
                                        c.draft().annualValue(),
                                        Currency.getInstance(c.draft().currency()),
                                        getLocale()))
                .setSortProperty("annualValue")
                .setAutoWidth(true);
        grid.sort(GridSortOrder.asc(grid.getColumns().getFirst()).build());
        return columns;
    }

    private String deadline(RenewalSchedule schedule) {
        Long days = schedule.daysToNoticeDeadline();
        if (days == null) {
            return "";
        }
        String date = Formats.date(schedule.noticeDeadline(), getLocale());
        return date + " ("
                + (days >= 0
                        ? getTranslation("contract.days-left", days)
                        : getTranslation("contract.days-passed", -days))
                + ")";
    }

    private ContractFilter filter() {
        return new ContractFilter(
                toolbar.searchText(),
                vendorFilter.getValue() == null ? null : vendorFilter.getValue().id(),
                platformFilter.getValue() == null
                        ? null
                        : platformFilter.getValue().id(),
                inconsistentOnly.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** {@code ?contract=ID} (e.g. from an alert) opens that contract. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LinkedRecord.id(event, "contract").ifPresent(id -> editor.open(id, this::refresh));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.contracts");
    }
}

package io.pxportal.roadmap.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;
import io.pxportal.portfolio.ui.PortfolioPicks;
import io.pxportal.roadmap.ItemStatus;
import io.pxportal.roadmap.ItemType;
import io.pxportal.roadmap.RoadmapItemFilter;
import io.pxportal.roadmap.RoadmapItemService;
import io.pxportal.roadmap.RoadmapItemView;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.shared.ui.LinkedRecord;
import io.pxportal.shared.ui.ListToolbar;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.PortalGrids;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** Every vendor roadmap item with its committed quarter and status; opens the item's editor and status history. */
@Route("roadmap/items")
@Menu(title = "roadmap.menu.items", order = 61, icon = "vaadin:road-branches")
@InMenuSection(MenuSection.ROADMAP)
@PermitAll
public class RoadmapItemsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient ItemEditor editor;
    private final Grid<RoadmapItemView> grid = new Grid<>();
    private final ListToolbar toolbar;
    private final ComboBox<VendorRef> vendorFilter = new ComboBox<>();
    private final Select<ItemType> typeFilter = new Select<>();
    private final Select<ItemStatus> statusFilter = new Select<>();

    public RoadmapItemsView(RoadmapItemService items, VendorService vendors, ExportService exports, ItemEditor editor) {
        this.editor = editor;
        setSizeFull();
        toolbar = new ListToolbar(getTranslation("roadmap.menu.items"), "roadmap-items");
        toolbar.onSearch(text -> refresh());
        vendorFilter.setPlaceholder(getTranslation("roadmap.item.vendor"));
        PortfolioPicks.vendors(vendorFilter, vendors);
        vendorFilter.setClearButtonVisible(true);
        vendorFilter.addValueChangeListener(e -> refresh());
        typeFilter.setPlaceholder(getTranslation("roadmap.item.type"));
        typeFilter.setItems(ItemType.values());
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setItemLabelGenerator(
                t -> t == null ? getTranslation("roadmap.filter.all") : RoadmapLabels.type(this, t));
        typeFilter.addValueChangeListener(e -> refresh());
        statusFilter.setPlaceholder(getTranslation("roadmap.item.status"));
        statusFilter.setItems(ItemStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setItemLabelGenerator(
                s -> s == null ? getTranslation("roadmap.filter.all") : RoadmapLabels.status(this, s));
        statusFilter.addValueChangeListener(e -> refresh());
        toolbar.addFilters(vendorFilter, typeFilter, statusFilter);
        if (CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER)) {
            toolbar.enableCreate(
                    () -> editor.open(null, this::refresh), () -> vendors.count(null) > 0, "create.needs.vendor");
        }
        ListColumns<RoadmapItemView> columns = columns();
        toolbar.addActions(PortalGrids.fitWithChooser(grid));
        toolbar.addActions(new ExportMenu<>("roadmap-items", exports, columns, p -> items.page(filter(), p)));
        grid.addItemClickListener(e -> editor.open(e.getItem().id(), this::refresh));
        LazyGrids.bind(grid, p -> items.page(filter(), p), () -> items.count(filter()));
        toolbar.emptyStateWithImport(
                grid,
                getTranslation("empty.roadmap-items"),
                getTranslation("list.empty.import", getTranslation("roadmap.items")));
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private ListColumns<RoadmapItemView> columns() {
        grid.setId("roadmap-items-grid");
        ListColumns<RoadmapItemView> columns = new ListColumns<>(grid);
        columns.add(
                        "roadmap.item.vendor",
                        i -> i.vendor() == null ? "" : i.vendor().name())
                .setAutoWidth(true);
        columns.add("roadmap.item.product", i -> i.draft().product())
                .setSortProperty("product")
                .setAutoWidth(true);
        columns.add("roadmap.item.title", RoadmapItemView::title)
                .setSortProperty("title")
                .setFlexGrow(2)
                .setWidth("16em");
        columns.add("roadmap.item.type", i -> RoadmapLabels.type(this, i.draft().type()))
                .setSortProperty("type")
                .setAutoWidth(true);
        columns.add(
                        "roadmap.item.committed-quarter",
                        i -> RoadmapLabels.quarter(i.draft().committedQuarter()))
                .setSortProperty("committedQuarter")
                .setAutoWidth(true);
        columns.add("roadmap.item.status", i -> RoadmapLabels.status(this, i.status()))
                .setSortProperty("status")
                .setAutoWidth(true);
        columns.add(
                        "roadmap.item.platforms",
                        i -> i.platforms().isEmpty()
                                ? getTranslation("roadmap.item.all-platforms")
                                : i.platforms().stream().map(PlatformRef::name).collect(Collectors.joining(", ")))
                .setWidth("12em");
        grid.sort(GridSortOrder.asc(grid.getColumns().get(4)).build());
        return columns;
    }

    private RoadmapItemFilter filter() {
        return new RoadmapItemFilter(
                toolbar.searchText(),
                vendorFilter.getValue() == null ? null : vendorFilter.getValue().id(),
                typeFilter.getValue(),
                statusFilter.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** {@code ?item=ID} (e.g. from an alert or the steering view) opens that item. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LinkedRecord.id(event, "item").ifPresent(id -> editor.open(id, this::refresh));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roadmap.menu.items");
    }
}

package io.pxportal.portfolio.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
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
import io.pxportal.identity.UserDirectory;
import io.pxportal.identity.UserRef;
import io.pxportal.portfolio.Deployment;
import io.pxportal.portfolio.Lifecycle;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.ui.EditorDialog;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.shared.ui.LinkedRecord;
import io.pxportal.shared.ui.ListToolbar;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.shared.ui.PortalGrids;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** All platforms, filterable by vendor, deployment, lifecycle and ownership; owners and admins edit. */
@Route("platforms")
@Menu(title = "menu.platforms", order = 10, icon = "vaadin:server")
@InMenuSection(MenuSection.PORTFOLIO)
@PermitAll
public class PlatformsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient PlatformService platforms;
    private final transient VendorService vendors;
    private final transient UserDirectory userDirectory;
    private final Grid<PlatformDetails> grid = new Grid<>();
    private final ListToolbar toolbar;
    private final ComboBox<VendorRef> vendorFilter = new ComboBox<>();
    private final Select<Deployment> deploymentFilter = new Select<>();
    private final Select<Lifecycle> lifecycleFilter = new Select<>();
    private final Checkbox mineOnly = new Checkbox();

    public PlatformsView(
            PlatformService platforms, VendorService vendors, UserDirectory userDirectory, ExportService exports) {
        this.platforms = platforms;
        this.vendors = vendors;
        this.userDirectory = userDirectory;
        setSizeFull();
        toolbar = new ListToolbar(getTranslation("menu.platforms"), "platforms");
        toolbar.onSearch(text -> refresh());
        configureFilters();
        if (platforms.canCreate()) {
            toolbar.enableCreate(() -> open(null));
        }
        ListColumns<PlatformDetails> columns = configureGrid();
        toolbar.addActions(PortalGrids.fitWithChooser(grid));
        toolbar.addActions(new ExportMenu<>("platforms", exports, columns, p -> platforms.page(filter(), p)));
        LazyGrids.bind(grid, p -> platforms.page(filter(), p), () -> platforms.count(filter()));
        toolbar.emptyStateWithImport(
                grid,
                getTranslation("empty.platforms"),
                getTranslation("list.empty.import", getTranslation("menu.platforms")));
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void configureFilters() {
        vendorFilter.setPlaceholder(getTranslation("platform.vendor"));
        vendorFilter.setId("platforms-vendor-filter");
        vendorFilter.setItemLabelGenerator(VendorRef::name);
        vendorFilter.setItems(q -> vendors
                .refs(
                        q.getFilter().orElse(""),
                        com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest(q))
                .stream());
        vendorFilter.setClearButtonVisible(true);
        deploymentFilter.setItems(Deployment.values());
        deploymentFilter.setEmptySelectionAllowed(true);
        deploymentFilter.setEmptySelectionCaption(getTranslation("platform.deployment.any"));
        deploymentFilter.setItemLabelGenerator(
                d -> d == null ? getTranslation("platform.deployment.any") : getTranslation("deployment." + d.name()));
        deploymentFilter.setAriaLabel(getTranslation("platform.deployment"));
        lifecycleFilter.setItems(Lifecycle.values());
        lifecycleFilter.setEmptySelectionAllowed(true);
        lifecycleFilter.setEmptySelectionCaption(getTranslation("platform.lifecycle.any"));
        lifecycleFilter.setItemLabelGenerator(
                l -> l == null ? getTranslation("platform.lifecycle.any") : getTranslation("lifecycle." + l.name()));
        lifecycleFilter.setAriaLabel(getTranslation("platform.lifecycle"));
        mineOnly.setLabel(getTranslation("platform.mine-only"));
        mineOnly.setId("platforms-mine");
        mineOnly.setVisible(CurrentUser.hasRole(Role.PRODUCT_OWNER));
        vendorFilter.addValueChangeListener(e -> refresh());
        deploymentFilter.addValueChangeListener(e -> refresh());
        lifecycleFilter.addValueChangeListener(e -> refresh());
        mineOnly.addValueChangeListener(e -> refresh());
        toolbar.addFilters(vendorFilter, deploymentFilter, lifecycleFilter, mineOnly);
    }

    private ListColumns<PlatformDetails> configureGrid() {
        grid.setId("platforms-grid");
        ListColumns<PlatformDetails> columns = new ListColumns<>(grid);
        columns.add("platform.name", PlatformDetails::name)
                .setSortProperty("name")
                .setWidth("16em")
                .setFlexGrow(1);
        columns.add("platform.vendor", p -> p.vendor().name())
                .setSortProperty("vendor.name")
                .setAutoWidth(true);
        columns.add("platform.product", p -> p.product() + (p.productVersion() == null ? "" : " " + p.productVersion()))
                .setSortProperty("product")
                .setWidth("14em")
                .setFlexGrow(1);
        columns.add(
                        "platform.deployment",
                        p -> getTranslation("deployment." + p.deployment().name()))
                .setSortProperty("deployment")
                .setAutoWidth(true);
        columns.add(
                        "platform.lifecycle",
                        p -> getTranslation("lifecycle." + p.lifecycle().name()))
                .setSortProperty("lifecycle")
                .setAutoWidth(true);
        columns.add(
                        "platform.owners",
                        p -> p.owners().stream().map(UserRef::displayName).collect(Collectors.joining(", ")))
                .setFlexGrow(1);
        grid.sort(GridSortOrder.asc(grid.getColumns().getFirst()).build());
        grid.addItemClickListener(e -> open(platforms.get(e.getItem().id())));
        return columns;
    }

    private PlatformFilter filter() {
        VendorRef vendor = vendorFilter.getValue();
        return new PlatformFilter(
                toolbar.searchText(),
                vendor == null ? null : vendor.id(),
                deploymentFilter.getValue(),
                lifecycleFilter.getValue(),
                mineOnly.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void open(PlatformDetails platform) {
        boolean admin = CurrentUser.hasRole(Role.ADMIN);
        boolean editable = platform == null || platform.editable();
        PlatformForm form = new PlatformForm(vendors, userDirectory.productOwners(), admin);
        EditorDialog dialog =
                new EditorDialog(platform == null ? getTranslation("platform.new") : platform.name(), form);
        if (platform != null) {
            form.edit(platform);
            dialog.addHistory(() -> platforms.history(platform.id()));
            if (editable) {
                dialog.onDelete(platform.name(), () -> {
                    platforms.delete(platform.id(), platform.version());
                    Notifications.success(getTranslation("editor.deleted", platform.name()));
                    dialog.close();
                    refresh();
                });
            }
        }
        form.setReadOnly(!editable);
        dialog.setEditable(editable);
        dialog.onSave(() -> form.validDraft().ifPresent(draft -> {
            if (platform == null) {
                platforms.create(draft);
            } else {
                platforms.update(platform.id(), draft);
            }
            Notifications.success(getTranslation("editor.saved", draft.name()));
            dialog.close();
            refresh();
        }));
        dialog.open();
    }

    /** {@code ?platform=ID} (from the global search) opens that platform. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LinkedRecord.id(event, "platform").ifPresent(id -> {
            try {
                open(platforms.get(id));
            } catch (NotFoundException stale) {
                // a stale link: the list is still useful
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.platforms");
    }
}

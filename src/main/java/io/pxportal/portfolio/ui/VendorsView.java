package io.pxportal.portfolio.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.portfolio.VendorDetails;
import io.pxportal.portfolio.VendorRow;
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

/** All vendors: searchable, sortable, paged from the database; admins and product owners maintain them. */
@Route("vendors")
@Menu(title = "menu.vendors", order = 11, icon = "vaadin:factory")
@InMenuSection(MenuSection.PORTFOLIO)
@PermitAll
public class VendorsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient VendorService vendors;
    private final Grid<VendorRow> grid = new Grid<>();
    private final ListToolbar toolbar;

    public VendorsView(VendorService vendors, ExportService exports) {
        this.vendors = vendors;
        setSizeFull();
        toolbar = new ListToolbar(getTranslation("menu.vendors"), "vendors");
        toolbar.onSearch(text -> grid.getDataProvider().refreshAll());
        if (mayMaintain()) {
            toolbar.enableCreate(() -> open(null));
        }
        grid.setId("vendors-grid");
        ListColumns<VendorRow> columns = new ListColumns<>(grid);
        columns.add("vendor.name", VendorRow::name)
                .setSortProperty("name")
                .setAutoWidth(true)
                .setFlexGrow(1);
        columns.add("vendor.country", VendorRow::country)
                .setSortProperty("country")
                .setAutoWidth(true);
        columns.add("vendor.account-manager", VendorRow::accountManager)
                .setSortProperty("accountManager")
                .setAutoWidth(true);
        columns.addComponent("vendor.website", VendorRow::website, v -> {
                    Anchor link =
                            new Anchor(v.website() == null ? "" : v.website(), v.website() == null ? "" : v.website());
                    link.setTarget(AnchorTarget.BLANK);
                    return link;
                })
                .setAutoWidth(true);
        columns.add("vendor.platforms", VendorRow::platformCount).setAutoWidth(true);
        toolbar.addActions(PortalGrids.fitWithChooser(grid));
        toolbar.addActions(new ExportMenu<>("vendors", exports, columns, p -> vendors.page(toolbar.searchText(), p)));
        grid.addItemClickListener(e -> open(vendors.get(e.getItem().id())));
        grid.sort(GridSortOrder.asc(grid.getColumns().getFirst()).build());
        LazyGrids.bind(grid, p -> vendors.page(toolbar.searchText(), p), () -> vendors.count(toolbar.searchText()));
        toolbar.emptyStateWithImport(
                grid,
                getTranslation("empty.vendors"),
                getTranslation("list.empty.import", getTranslation("menu.vendors")));
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private static boolean mayMaintain() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER);
    }

    private void open(VendorDetails vendor) {
        VendorForm form = new VendorForm();
        EditorDialog dialog = new EditorDialog(vendor == null ? getTranslation("vendor.new") : vendor.name(), form);
        dialog.addTab(getTranslation("vendor.contacts"), form.contactsEditor());
        if (vendor != null) {
            form.edit(vendor);
            dialog.addHistory(() -> vendors.history(vendor.id()));
            if (CurrentUser.hasRole(Role.ADMIN)) {
                dialog.onDelete(vendor.name(), () -> {
                    vendors.delete(vendor.id(), vendor.version());
                    Notifications.success(getTranslation("editor.deleted", vendor.name()));
                    dialog.close();
                    grid.getDataProvider().refreshAll();
                });
            }
        }
        form.setReadOnly(!mayMaintain());
        dialog.setEditable(mayMaintain());
        dialog.onSave(() -> form.validDraft().ifPresent(draft -> {
            if (vendor == null) {
                vendors.create(draft);
            } else {
                vendors.update(vendor.id(), draft);
            }
            Notifications.success(getTranslation("editor.saved", draft.name()));
            dialog.close();
            grid.getDataProvider().refreshAll();
        }));
        dialog.open();
    }

    /** {@code ?vendor=ID} (from the global search) opens that vendor. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LinkedRecord.id(event, "vendor").ifPresent(id -> {
            try {
                open(vendors.get(id));
            } catch (NotFoundException stale) {
                // a stale link: the list is still useful
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.vendors");
    }
}

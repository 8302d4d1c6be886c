package io.pxportal.governance.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.governance.ActionView;
import io.pxportal.governance.SteeringActionService;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.shared.ui.ListToolbar;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.PortalGrids;
import jakarta.annotation.security.PermitAll;

/** The actions assigned to the current user, open ones first by due date; the owner marks them done. */
@Route("my-actions")
@Menu(title = "menu.my-actions", order = 6, icon = "vaadin:tasks")
@InMenuSection(MenuSection.STEERING)
@PermitAll
public class MyActionsView extends VerticalLayout implements HasDynamicTitle {

    public MyActionsView(SteeringActionService steering, ExportService exports) {
        setSizeFull();
        ListToolbar toolbar = new ListToolbar(getTranslation("menu.my-actions"), "my-actions");
        toolbar.hideSearch();
        Checkbox withClosed = new Checkbox(getTranslation("steering-action.show-closed"));
        withClosed.setId("my-actions-with-closed");
        toolbar.addFilters(withClosed);
        Grid<ActionView> grid = new Grid<>();
        grid.setId("my-actions-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        ListColumns<ActionView> columns = new ListColumns<>(grid);
        columns.add("steering-action.title", ActionView::title).setFlexGrow(3);
        columns.add("steering-action.due-on", a -> Formats.date(a.dueOn(), getLocale()))
                .setAutoWidth(true);
        columns.addComponent(
                        "steering-action.status",
                        a -> getTranslation(
                                a.overdue()
                                        ? "steering-action.overdue"
                                        : "action-status." + a.status().name()),
                        ActionButtons::status)
                .setAutoWidth(true);
        columns.add("steering-action.review", ActionView::reviewTitle).setFlexGrow(2);
        columns.add("steering-action.decision", a -> a.decisionTitle() == null ? "" : a.decisionTitle())
                .setFlexGrow(2);
        grid.addComponentColumn(a -> ActionButtons.buttons(
                        a, steering, () -> grid.getDataProvider().refreshAll()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        LazyGrids.bind(
                grid,
                p -> steering.myActions(withClosed.getValue(), p),
                () -> steering.countMyActions(withClosed.getValue()));
        withClosed.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        toolbar.addActions(PortalGrids.fitWithChooser(grid));
        toolbar.addActions(
                new ExportMenu<>("my-actions", exports, columns, p -> steering.myActions(withClosed.getValue(), p)));
        toolbar.emptyState(grid, getTranslation("empty.my-actions"), null);
        toolbar.explainEmpty(
                getTranslation("empty.my-actions.explain"),
                EmptyState.link("reviews", getTranslation("menu.reviews"), VaadinIcon.GROUP),
                EmptyState.link("decisions", getTranslation("menu.decisions"), VaadinIcon.GAVEL));
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.my-actions");
    }
}

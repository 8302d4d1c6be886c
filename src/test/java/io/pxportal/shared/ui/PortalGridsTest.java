package io.pxportal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import io.pxportal.PortalViewTest;
import io.pxportal.contracts.ui.ContractsView;
import io.pxportal.finance.ui.CostLinesView;
import io.pxportal.governance.ui.AlertsView;
import io.pxportal.governance.ui.DecisionLogView;
import io.pxportal.governance.ui.ReviewsView;
import io.pxportal.licensing.ui.LicencesView;
import io.pxportal.portfolio.ui.PlatformsView;
import io.pxportal.portfolio.ui.VendorsView;
import io.pxportal.roadmap.ui.RoadmapItemsView;
import io.pxportal.support.ui.SupportView;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every grid fits a 1280 px screen the same way: the first column frozen, columns resizable, text cells with the
 * whole value as tooltip; the wide lists show the columns they are read for and keep the rest in a chooser.
 */
@WithMockUser(username = "steering", roles = "STEERING")
class PortalGridsTest extends PortalViewTest {

    @Test
    void every_list_grid_freezes_its_first_column_and_lets_columns_be_resized() {
        List<Class<? extends Component>> views = List.of(
                ContractsView.class,
                LicencesView.class,
                SupportView.class,
                VendorsView.class,
                PlatformsView.class,
                CostLinesView.class,
                AlertsView.class,
                ReviewsView.class,
                DecisionLogView.class,
                RoadmapItemsView.class);
        for (Class<? extends Component> view : views) {
            navigate(view);
            List<Grid<?>> grids = new ArrayList<>();
            find(Grid.class).all().forEach(grids::add);
            assertThat(grids).as(view.getSimpleName()).isNotEmpty();
            for (Grid<?> grid : grids) {
                List<? extends Grid.Column<?>> columns = grid.getColumns();
                assertThat(columns.stream()
                                .filter(Grid.Column::isVisible)
                                .findFirst()
                                .orElseThrow()
                                .isFrozen())
                        .as("%s: first column frozen", grid.getId().orElse(view.getSimpleName()))
                        .isTrue();
                assertThat(columns)
                        .as("%s: resizable", grid.getId().orElse(view.getSimpleName()))
                        .allMatch(Grid.Column::isResizable);
                assertThat(grid.getClassNames()).contains("px-grid");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void contracts_show_deadline_and_value_and_every_text_cell_has_its_whole_value_as_tooltip() {
        navigate(ContractsView.class);
        Grid<Object> grid = find(Grid.class).id("contracts-grid");
        assertThat(visibleHeaders(grid))
                .contains("Contract number", "Title", "Vendor", "Notice deadline", "Annual value")
                .doesNotContain("Platforms");
        assertThat(grid.getColumns().getFirst().isFrozen()).isTrue();
        Grid.Column<Object> title = column(grid, "Title");
        assertThat(title.getWidth()).isNotNull();
        assertThat(title.getFlexGrow()).isPositive();
        Object first = test(grid).getRow(0);
        int titleIndex = grid.getColumns().indexOf(title);
        assertThat(title.getTooltipGenerator().apply(first))
                .isEqualTo(test(grid).getCellText(0, titleIndex));
    }

    @Test
    @SuppressWarnings("unchecked")
    void licences_show_exposure_and_run_out_and_the_chooser_brings_back_a_hidden_column() {
        navigate(LicencesView.class);
        Grid<Object> grid = find(Grid.class).id("licences-grid");
        assertThat(visibleHeaders(grid))
                .contains(
                        "Product or module", "Status", "Entitled", "Utilisation", "Compliance exposure", "Runs out on")
                .doesNotContain("Shelfware");
        MenuBar chooser = find(MenuBar.class).id("licences-grid-columns");
        MenuItem shelfware = chooser.getItems().getFirst().getSubMenu().getItems().stream()
                .filter(item -> item.getText().equals("Shelfware"))
                .findFirst()
                .orElseThrow();
        assertThat(shelfware.isChecked()).isFalse();
        // What the browser does on a click of a checkable item: it toggles the check, then tells the server.
        shelfware.setChecked(true);
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                shelfware, new com.vaadin.flow.component.ClickEvent<>(shelfware));
        assertThat(visibleHeaders(grid)).contains("Shelfware");
    }

    @Test
    @SuppressWarnings("unchecked")
    void tickets_show_response_and_resolution() {
        navigate(SupportView.class);
        Grid<Object> grid = find(Grid.class).id("tickets-grid");
        assertThat(visibleHeaders(grid)).contains("Case id", "Title", "Response", "Resolution");
        assertThat(grid.getColumns().getFirst().isFrozen()).isTrue();
    }

    @Test
    void a_restored_choice_shows_exactly_the_saved_columns() {
        Grid<String> grid = new Grid<>();
        grid.setId("restore-test");
        IntStream.range(0, 8).forEach(i -> PortalGrids.text(grid, s -> s).setHeader("H" + i));
        MenuBar chooser = (MenuBar) PortalGrids.fitWithChooser(grid);
        java.util.Map<String, MenuItem> items = new java.util.LinkedHashMap<>();
        List<MenuItem> menu = chooser.getItems().getFirst().getSubMenu().getItems();
        for (int i = 0; i < menu.size(); i++) {
            items.put("c" + (i + 1), menu.get(i));
        }
        PortalGrids.restore("shown:c2,c3", items, grid.getColumns());
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getHeaderText))
                .containsExactly("H0", "H2", "H3");
    }

    private static List<String> visibleHeaders(Grid<?> grid) {
        return grid.getColumns().stream()
                .filter(Grid.Column::isVisible)
                .map(Grid.Column::getHeaderText)
                .toList();
    }

    private static Grid.Column<Object> column(Grid<Object> grid, String header) {
        return grid.getColumns().stream()
                .filter(c -> header.equals(c.getHeaderText()))
                .findFirst()
                .orElseThrow();
    }
}

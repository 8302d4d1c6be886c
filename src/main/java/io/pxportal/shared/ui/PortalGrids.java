package io.pxportal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.function.ValueProvider;
import io.pxportal.shared.security.CurrentUser;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How every grid of the portal fits a screen: widths follow the content (auto width, or a minimum width that grows
 * with the room left), the first column stays put when the grid scrolls sideways, a cell too narrow for its text
 * ends in "…" at the end of its own writing direction and the whole text is in the cell's tooltip, and a wide
 * grid gets a column chooser whose choice the browser remembers per user.
 */
public final class PortalGrids {

    /** A grid with more columns than this gets a column chooser. */
    static final int WIDE = 6;

    private static final String MIN_WIDTH = "6em";
    private static final String FITTED = "px-grid-fitted";

    private PortalGrids() {}

    /**
     * Adds a text column whose tooltip is the whole text, for when the cell is too narrow to show it; the grid is
     * {@linkplain #fit fitted} when it is attached, by then with all its columns.
     */
    public static <T> Grid.Column<T> text(Grid<T> grid, ValueProvider<T, ?> value) {
        if (ComponentUtil.getData(grid, FITTED) == null) {
            ComponentUtil.setData(grid, FITTED, Boolean.TRUE);
            grid.addAttachListener(e -> fit(grid));
        }
        Grid.Column<T> column = grid.addColumn(value);
        column.setTooltipGenerator(item -> {
            Object shown = value.apply(item);
            return shown == null || shown.toString().isBlank() ? null : shown.toString();
        });
        return column;
    }

    /**
     * Lays the grid's columns out to fit: call after the columns are added. A column without a width takes its
     * content's width; every column can be resized; the first visible one is frozen.
     */
    public static <T> void fit(Grid<T> grid) {
        grid.addClassName("px-grid");
        for (Grid.Column<T> column : grid.getColumns()) {
            if (column.getWidth() == null && !column.isAutoWidth()) {
                // Figures (end-aligned) are as wide as their longest value; text gets a minimum and grows.
                if (column.getTextAlign() == ColumnTextAlign.END) {
                    column.setAutoWidth(true).setFlexGrow(0);
                } else {
                    column.setWidth(MIN_WIDTH);
                }
            }
            column.setResizable(true);
        }
        grid.getColumns().stream().filter(Grid.Column::isVisible).findFirst().ifPresent(first -> first.setFrozen(true));
    }

    /**
     * Fits the grid and, when it has more than {@value #WIDE} columns, returns a "Columns" menu to show or hide
     * each column but the first; {@code hiddenByDefault} are the header message keys of columns hidden until the
     * user shows them. A grid with an id keeps the choice in the browser, under the id and the user's name.
     */
    public static <T> Component fitWithChooser(Grid<T> grid, String... hiddenByDefault) {
        fit(grid);
        MenuBar menu = new MenuBar();
        menu.setVisible(grid.getColumns().size() > WIDE);
        if (!menu.isVisible()) {
            return menu;
        }
        String gridId = grid.getId().orElse(null);
        if (gridId != null) {
            menu.setId(gridId + "-columns");
        }
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        MenuItem root = menu.addItem(VaadinIcon.GRID_H.create());
        root.add(grid.getTranslation("grid.columns"));
        root.setAriaLabel(grid.getTranslation("grid.columns.choose"));
        SubMenu choices = root.getSubMenu();
        Set<String> hidden =
                Arrays.stream(hiddenByDefault).map(grid::getTranslation).collect(Collectors.toSet());
        Map<String, MenuItem> items = new LinkedHashMap<>();
        List<Grid.Column<T>> columns = grid.getColumns();
        String storageKey =
                gridId == null ? null : "px-columns:" + CurrentUser.username().orElse("") + ":" + gridId;
        for (int i = 1; i < columns.size(); i++) {
            Grid.Column<T> column = columns.get(i);
            String header = column.getHeaderText();
            if (header == null || header.isBlank()) {
                continue;
            }
            column.setVisible(!hidden.contains(header));
            MenuItem item = choices.addItem(header);
            item.setCheckable(true);
            item.setChecked(column.isVisible());
            item.setKeepOpen(true);
            item.addClickListener(e -> {
                column.setVisible(item.isChecked());
                remember(menu, storageKey, items, columns);
            });
            items.put("c" + i, item);
        }
        if (storageKey != null) {
            menu.addAttachListener(e -> menu.getElement()
                    .executeJs("return localStorage.getItem($0)", storageKey)
                    .then(String.class, saved -> restore(saved, items, columns)));
        }
        return menu;
    }

    /** The ids of the columns shown, as the browser keeps them ("c1,c3"). */
    private static <T> void remember(
            MenuBar menu, String storageKey, Map<String, MenuItem> items, List<Grid.Column<T>> columns) {
        if (storageKey == null) {
            return;
        }
        String shown = items.entrySet().stream()
                .filter(e -> e.getValue().isChecked())
                .map(Map.Entry::getKey)
                .collect(Collectors.joining(","));
        menu.getElement().executeJs("localStorage.setItem($0, $1)", storageKey, "shown:" + shown);
    }

    static <T> void restore(String saved, Map<String, MenuItem> items, List<Grid.Column<T>> columns) {
        if (saved == null || !saved.startsWith("shown:")) {
            return;
        }
        Set<String> shown = Set.of(saved.substring("shown:".length()).split(","));
        items.forEach((id, item) -> {
            boolean visible = shown.contains(id);
            item.setChecked(visible);
            columns.get(Integer.parseInt(id.substring(1))).setVisible(visible);
        });
    }
}

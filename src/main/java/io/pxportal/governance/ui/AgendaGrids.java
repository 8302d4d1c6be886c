package io.pxportal.governance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.pxportal.governance.AgendaTable;
import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.ui.PortalGrids;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A section's figures as compact grids ({@link AgendaTable}): an item per row with a column per figure, or, for
 * items with many figures, a figure per row with a column per item. {@code decide} gives an item's "Decision"
 * button, or null where the user cannot decide.
 */
final class AgendaGrids {

    /** Beyond this many figures a row would not fit beside the menu at 1280 px, so the table turns. */
    static final int MAX_COLUMNS = 6;

    static final int ITEMS_PER_TURNED = 4;

    private AgendaGrids() {}

    static List<Grid<?>> of(
            Component owner,
            Locale locale,
            String section,
            List<AgendaItem> items,
            Function<AgendaItem, Component> decide) {
        List<Grid<?>> grids = new ArrayList<>();
        for (AgendaTable table : AgendaTable.of(items, MAX_COLUMNS, ITEMS_PER_TURNED)) {
            Grid<?> grid = table.turned() ? turned(owner, locale, table, decide) : rows(owner, locale, table, decide);
            grid.setId("agenda-" + section + (grids.isEmpty() ? "" : "-" + (grids.size() + 1)));
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.setAllRowsVisible(true);
            grids.add(grid);
        }
        return grids;
    }

    private static Grid<AgendaItem> rows(
            Component owner, Locale locale, AgendaTable table, Function<AgendaItem, Component> decide) {
        Grid<AgendaItem> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        PortalGrids.text(grid, AgendaItem::title)
                .setHeader(owner.getTranslation("review.agenda.item"))
                .setWidth("12em")
                .setFlexGrow(2);
        for (String label : table.labelKeys()) {
            PortalGrids.text(grid, item -> display(owner, locale, item, label))
                    .setHeader(owner.getTranslation(label))
                    .setAutoWidth(true)
                    .setFlexGrow(0)
                    .setTextAlign(align(table, label));
        }
        if (table.items().stream().anyMatch(item -> decide.apply(item) != null)) {
            grid.addComponentColumn(item -> {
                        Component button = decide.apply(item);
                        return button == null ? new Span() : button;
                    })
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItems(table.items());
        return grid;
    }

    /** One row per figure label; each item a column headed by its title (and its decision button). */
    private static Grid<String> turned(
            Component owner, Locale locale, AgendaTable table, Function<AgendaItem, Component> decide) {
        Grid<String> grid = new Grid<>();
        PortalGrids.text(grid, owner::getTranslation)
                .setHeader(owner.getTranslation("review.agenda.figure"))
                .setWidth("12em")
                .setFlexGrow(1);
        for (AgendaItem item : table.items()) {
            Span title = new Span(item.title());
            title.setTitle(item.title());
            title.addClassName("px-agenda-item-title");
            Div header = new Div(title);
            Component button = decide.apply(item);
            if (button != null) {
                header.add(button);
            }
            PortalGrids.text(grid, label -> display(owner, locale, item, label))
                    .setHeader(header)
                    .setWidth("9em")
                    .setFlexGrow(1);
        }
        grid.setItems(table.labelKeys());
        return grid;
    }

    static String display(Component owner, Locale locale, AgendaItem item, String label) {
        return AgendaTable.figure(item, label)
                .map(f -> f.display(locale, owner::getTranslation))
                .orElse("");
    }

    /** Figures that are numbers line up at their end, as in every other grid. */
    private static ColumnTextAlign align(AgendaTable table, String label) {
        boolean numeric = table.items().stream()
                .map(item -> AgendaTable.figure(item, label))
                .flatMap(java.util.Optional::stream)
                .allMatch(f -> f.kind() == AgendaFigure.Kind.NUMBER
                        || f.kind() == AgendaFigure.Kind.PERCENT
                        || f.kind() == AgendaFigure.Kind.MONEY);
        return numeric ? ColumnTextAlign.END : ColumnTextAlign.START;
    }
}

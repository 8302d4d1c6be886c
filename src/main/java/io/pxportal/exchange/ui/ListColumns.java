package io.pxportal.exchange.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import io.pxportal.shared.ui.PortalGrids;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;

/**
 * A list's columns, declared once for both the grid and its export: each has a header message key and a value;
 * the export writes what the grid shows, in the grid's current sort order.
 */
public class ListColumns<T> {

    private record Column<T>(String headerKey, Function<T, ?> value) {}

    private final Grid<T> grid;
    private final List<Column<T>> columns = new ArrayList<>();

    public ListColumns(Grid<T> grid) {
        this.grid = grid;
    }

    /** Adds a grid column showing {@code value} (text via toString) and exports the same value. */
    public Grid.Column<T> add(String headerKey, Function<T, ?> value) {
        columns.add(new Column<>(headerKey, value));
        return PortalGrids.text(grid, item -> {
                    Object shown = value.apply(item);
                    return shown == null ? "" : shown.toString();
                })
                .setHeader(grid.getTranslation(headerKey));
    }

    /** Adds a grid column drawn by {@code renderer} (e.g. a link) whose export is {@code value}. */
    public Grid.Column<T> addComponent(
            String headerKey,
            Function<T, ?> value,
            com.vaadin.flow.function.ValueProvider<T, ? extends com.vaadin.flow.component.Component> renderer) {
        columns.add(new Column<>(headerKey, value));
        return grid.addComponentColumn(renderer).setHeader(grid.getTranslation(headerKey));
    }

    List<String> headers() {
        return columns.stream().map(c -> grid.getTranslation(c.headerKey())).toList();
    }

    List<?> cells(T item) {
        List<Object> cells = new ArrayList<>();
        columns.forEach(c -> cells.add(c.value().apply(item)));
        return cells;
    }

    /** The grid's current sort, as the service's paged queries take it. */
    Sort sort() {
        List<Sort.Order> orders = new ArrayList<>();
        grid.getSortOrder()
                .forEach(order -> order.getSorted()
                        .getSortOrder(order.getDirection())
                        .map(ListColumns::toOrder)
                        .forEach(orders::add));
        return Sort.by(orders);
    }

    private static Sort.Order toOrder(QuerySortOrder order) {
        return order.getDirection() == SortDirection.DESCENDING
                ? Sort.Order.desc(order.getSorted())
                : Sort.Order.asc(order.getSorted());
    }
}

package io.pxportal.governance;

import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the review page and the pack lay out a section's figures: items with the same figures share a table. With
 * few figures an item is a row and each figure a column; with many (a platform's scorecard has about 25) the
 * table turns: each figure is a row and each item a column, a few items to a table, so the figures of the
 * platforms sit side by side instead of running down the page as "label: value" lines.
 *
 * @param labelKeys the figures' message keys, in the items' order
 * @param items     the items of this table
 * @param turned    whether figures are rows and items columns
 */
public record AgendaTable(List<String> labelKeys, List<AgendaItem> items, boolean turned) {

    public AgendaTable {
        labelKeys = List.copyOf(labelKeys);
        items = List.copyOf(items);
    }

    /**
     * The tables of a section's items: one per set of figure labels (in the order they first appear); with more
     * than {@code maxColumns} figures turned, with at most {@code itemsPerTurned} items each.
     */
    public static List<AgendaTable> of(List<AgendaItem> items, int maxColumns, int itemsPerTurned) {
        Map<List<String>, List<AgendaItem>> shapes = new LinkedHashMap<>();
        for (AgendaItem item : items) {
            List<String> labels = item.figures().stream()
                    .map(AgendaFigure::labelKey)
                    .distinct()
                    .toList();
            shapes.computeIfAbsent(labels, l -> new ArrayList<>()).add(item);
        }
        List<AgendaTable> tables = new ArrayList<>();
        shapes.forEach((labels, shaped) -> {
            if (labels.size() <= maxColumns) {
                tables.add(new AgendaTable(labels, shaped, false));
                return;
            }
            for (int from = 0; from < shaped.size(); from += itemsPerTurned) {
                tables.add(new AgendaTable(
                        labels, shaped.subList(from, Math.min(shaped.size(), from + itemsPerTurned)), true));
            }
        });
        return tables;
    }

    /** The item's figure under {@code labelKey}, if it has one. */
    public static Optional<AgendaFigure> figure(AgendaItem item, String labelKey) {
        return item.figures().stream()
                .filter(f -> f.labelKey().equals(labelKey))
                .findFirst();
    }
}

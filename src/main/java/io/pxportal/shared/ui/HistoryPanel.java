package io.pxportal.shared.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.i18n.Formats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The history tab of a record: one row per changed field — when, who, what kind, field, old → new. */
public class HistoryPanel extends Composite<Grid<HistoryPanel.Row>> {

    /** A flattened field change for display. */
    public record Row(AuditEntry entry, String field, String oldValue, String newValue) {}

    private final Grid.Column<Row> record;

    public HistoryPanel() {
        Grid<Row> grid = getContent();
        grid.setId("history-grid");
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        PortalGrids.text(grid, r -> Formats.dateTime(r.entry().at(), ShellPreferences.zone(), getLocale()))
                .setHeader(getTranslation("history.when"))
                .setAutoWidth(true);
        PortalGrids.text(grid, r -> r.entry().username())
                .setHeader(getTranslation("history.who"))
                .setAutoWidth(true);
        PortalGrids.text(
                        grid,
                        r -> getTranslation(
                                "history.kind." + r.entry().kind().name().toLowerCase()))
                .setHeader(getTranslation("history.kind"))
                .setAutoWidth(true);
        record = PortalGrids.text(grid, r -> r.entry().subject())
                .setHeader(getTranslation("history.record"))
                .setAutoWidth(true);
        PortalGrids.text(grid, r -> r.field().isEmpty() ? "" : getTranslation(r.field()))
                .setHeader(getTranslation("history.field"))
                .setAutoWidth(true);
        PortalGrids.text(grid, r -> readable(r.oldValue()))
                .setHeader(getTranslation("history.old"))
                .setFlexGrow(2);
        PortalGrids.text(grid, r -> readable(r.newValue()))
                .setHeader(getTranslation("history.new"))
                .setFlexGrow(2);
        grid.setHeight("22em");
    }

    private String readable(String value) {
        return readable(value, this::getTranslation);
    }

    /** Values that are message keys of enum constants (e.g. "lifecycle.SUSTAIN") are shown translated. */
    public static String readable(String value, Function<String, String> translate) {
        if (!value.contains(".")) {
            return value;
        }
        return Arrays.stream(value.split(", "))
                .map(v -> AuditTrail.ENUM_KEY.matcher(v).matches() ? translate.apply(v) : v)
                .collect(Collectors.joining(", "));
    }

    /** Shows a history (newest first), one row per field change. */
    public void show(List<AuditEntry> history) {
        List<Row> rows = new ArrayList<>();
        for (AuditEntry entry : history) {
            if (entry.changes().isEmpty()) {
                rows.add(new Row(entry, "", "", ""));
            }
            for (AuditEntry.FieldChange change : entry.changes()) {
                rows.add(new Row(entry, change.field(), change.oldValue(), change.newValue()));
            }
        }
        // The record column only helps when the history mixes records, e.g. a vendor and its contacts.
        record.setVisible(history.stream().map(AuditEntry::subject).distinct().count() > 1);
        getContent().setItems(rows);
    }
}

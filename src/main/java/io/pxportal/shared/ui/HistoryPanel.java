package io.pxportal.shared.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.i18n.Formats;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The history tab of a record: one row per changed field — when, who, what kind, field, old → new. */
public class HistoryPanel extends Composite<Grid<HistoryPanel.Row>> {

    /** A flattened field change for display. */
    public record Row(AuditEntry entry, String field, String oldValue, String newValue) {
    }

    public HistoryPanel() {
        Grid<Row> grid = getContent();
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> Formats.dateTime(r.entry().at(), ZoneId.systemDefault(), getLocale()))
                .setHeader(getTranslation("history.when")).setAutoWidth(true);
        grid.addColumn(r -> r.entry().username()).setHeader(getTranslation("history.who")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("history.kind." + r.entry().kind().name().toLowerCase()))
                .setHeader(getTranslation("history.kind")).setAutoWidth(true);
        grid.addColumn(r -> r.entry().subject()).setHeader(getTranslation("history.record")).setAutoWidth(true);
        grid.addColumn(r -> r.field().isEmpty() ? "" : getTranslation(r.field()))
                .setHeader(getTranslation("history.field")).setAutoWidth(true);
        grid.addColumn(Row::oldValue).setHeader(getTranslation("history.old")).setFlexGrow(1);
        grid.addColumn(Row::newValue).setHeader(getTranslation("history.new")).setFlexGrow(1);
        grid.setHeight("22em");
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
        getContent().setItems(rows);
    }
}

package io.pxportal.exchange.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.pxportal.exchange.ImportColumn;
import io.pxportal.exchange.ImportJobView;
import io.pxportal.exchange.ImportPreview;
import io.pxportal.exchange.ImportTypeInfo;
import io.pxportal.exchange.ImportWizard;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.shared.ui.PortalGrids;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Step 2: which header of the file fills which column (suggested from the headers), or one value for every row of
 * a column the file does not have (a vendor portal's export names no platform), and the first rows.
 */
class MappingPanel extends Composite<VerticalLayout> {

    static final int NOT_IN_FILE = -1;
    static final int ONE_VALUE = -2;
    static final int PREVIEW_ROWS = 10;

    private final Map<String, Select<Integer>> selects = new LinkedHashMap<>();
    private final Map<String, TextField> values = new LinkedHashMap<>();

    MappingPanel(ImportWizard imports, ImportJobView job, Consumer<ImportJobView> next, Runnable restart) {
        ImportPreview preview = imports.preview(job.id(), PREVIEW_ROWS);
        ImportTypeInfo type = imports.importableTypes().stream()
                .filter(t -> t.type().equals(job.recordType()))
                .findFirst()
                .orElseThrow();
        List<Integer> choices =
                IntStream.range(ONE_VALUE, preview.headers().size()).boxed().toList();
        Map<String, String> given = job.options().values();
        FormLayout form = new FormLayout();
        form.setId("import-mapping");
        for (ImportColumn column : type.columns()) {
            Select<Integer> select = new Select<>();
            select.setLabel(getTranslation(column.labelKey()) + (column.required() ? " *" : ""));
            select.setItems(choices);
            select.setItemLabelGenerator(i -> switch (i) {
                case NOT_IN_FILE -> getTranslation("import.mapping.not-in-file");
                case ONE_VALUE -> getTranslation("import.mapping.one-value");
                default -> preview.headers().get(i);
            });
            select.setId("import-map-" + column.name());
            TextField value = new TextField(getTranslation("import.mapping.value", getTranslation(column.labelKey())));
            value.setId("import-value-" + column.name());
            value.setHelperText(getTranslation("import.mapping.value.help"));
            value.setValue(given.getOrDefault(column.name(), ""));
            select.addValueChangeListener(e -> value.setVisible(e.getValue() != null && e.getValue() == ONE_VALUE));
            select.setValue(
                    given.containsKey(column.name())
                            ? ONE_VALUE
                            : preview.mapping().getOrDefault(column.name(), NOT_IN_FILE));
            value.setVisible(select.getValue() == ONE_VALUE);
            selects.put(column.name(), select);
            values.put(column.name(), value);
            form.add(select, value);
        }
        Button validate = new Button(getTranslation("import.validate"), e -> {
            try {
                next.accept(imports.validate(job.id(), mapping(), values()));
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), translatedArguments(ex)));
            }
        });
        validate.setId("import-validate");
        validate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(getTranslation("import.discard"), e -> {
            imports.discard(job.id());
            restart.run();
        });
        discard.setId("import-discard");
        getContent().setPadding(false);
        getContent()
                .add(
                        new H3(getTranslation("import.mapping.title", job.fileName())),
                        new Paragraph(getTranslation("import.mapping.intro")),
                        form,
                        new H3(getTranslation("import.preview.title")),
                        previewGrid(preview),
                        new HorizontalLayout(discard, validate));
    }

    private Map<String, Integer> mapping() {
        Map<String, Integer> mapping = new LinkedHashMap<>();
        selects.forEach((column, select) -> {
            if (select.getValue() != null && select.getValue() >= 0) {
                mapping.put(column, select.getValue());
            }
        });
        return mapping;
    }

    /** The value for every row of each column set to take one. */
    private Map<String, String> values() {
        Map<String, String> given = new LinkedHashMap<>();
        selects.forEach((column, select) -> {
            if (select.getValue() != null && select.getValue() == ONE_VALUE) {
                given.put(column, values.get(column).getValue());
            }
        });
        return given;
    }

    private Object[] translatedArguments(DomainException e) {
        // A missing required column is named by its label's message key.
        return java.util.Arrays.stream(e.arguments())
                .map(a -> a instanceof String s && s.contains(".") ? getTranslation(s) : a)
                .toArray();
    }

    private static Grid<List<String>> previewGrid(ImportPreview preview) {
        Grid<List<String>> grid = new Grid<>();
        grid.setId("import-preview");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        for (int i = 0; i < preview.headers().size(); i++) {
            int index = i;
            PortalGrids.text(grid, row -> index < row.size() ? row.get(index) : "")
                    .setHeader(preview.headers().get(i))
                    .setAutoWidth(true);
        }
        EmptyState.on(grid, grid.getTranslation("empty.import.preview"));
        grid.setItems(preview.rows());
        grid.setAllRowsVisible(true);
        return grid;
    }
}

package io.pxportal.roadmap.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;
import io.pxportal.portfolio.ui.PortfolioPicks;
import io.pxportal.roadmap.ObjectiveRef;
import io.pxportal.roadmap.RatingMatrix;
import io.pxportal.roadmap.RatingService;
import io.pxportal.roadmap.RatingView;
import io.pxportal.roadmap.RoadmapItemFilter;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.ListToolbar;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rating matrix: roadmap items × objectives, one number field per cell (−1 conflicts … 2 strongly supports,
 * empty: not rated). Built for speed with the keyboard: type a digit, Tab to the next objective, Enter to the
 * same objective of the next item, arrow keys step the value; every change is saved at once. The rationale of the
 * focused cell is edited below the matrix. Cells of items the user may not rate are read-only. A plain CSS grid
 * rather than a Grid: every cell is a real field (no lazy rows), so keyboard moves always find their target; the
 * vendor filter keeps it to a few dozen rows.
 */
@Route("roadmap/ratings")
@Menu(title = "roadmap.menu.ratings", order = 62, icon = "vaadin:table")
@InMenuSection(MenuSection.ROADMAP)
@PermitAll
public class RatingMatrixView extends VerticalLayout implements HasDynamicTitle {

    private final transient RatingService ratings;
    private final Div matrixCells = new Div();
    private final ComboBox<VendorRef> vendorFilter = new ComboBox<>();
    private final ListToolbar toolbar;
    private final TextField rationale = new TextField();
    private final Span focused = new Span();
    /** The cell fields by row and objective, for Enter to move down a column. */
    private final Map<Integer, Map<Long, IntegerField>> cells = new HashMap<>();

    private Cell current;
    private RatingMatrix shown = new RatingMatrix(List.of(), List.of());

    /** What one cell stands for, and the version of its rating the user saw. */
    private static final class Cell {
        final Long itemId;
        final Long objectiveId;
        final String label;
        RatingView rating;

        Cell(Long itemId, Long objectiveId, String label, RatingView rating) {
            this.itemId = itemId;
            this.objectiveId = objectiveId;
            this.label = label;
            this.rating = rating;
        }
    }

    public RatingMatrixView(RatingService ratings, VendorService vendors, ExportService exports) {
        this.ratings = ratings;
        setSizeFull();
        toolbar = new ListToolbar(getTranslation("roadmap.menu.ratings"), "roadmap-ratings");
        toolbar.onSearch(text -> load());
        vendorFilter.setPlaceholder(getTranslation("roadmap.item.vendor"));
        vendorFilter.setId("roadmap-ratings-vendor");
        PortfolioPicks.vendors(vendorFilter, vendors);
        vendorFilter.setClearButtonVisible(true);
        vendorFilter.addValueChangeListener(e -> load());
        toolbar.addFilters(vendorFilter);
        Paragraph help = new Paragraph(getTranslation("roadmap.matrix.help"));
        help.addClassName("px-muted");
        matrixCells.setId("roadmap-matrix");
        matrixCells.addClassName("px-rating-matrix");
        matrixCells.setWidthFull();
        rationale.setLabel(getTranslation("roadmap.rating.rationale"));
        rationale.setId("roadmap-matrix-rationale");
        rationale.setWidthFull();
        rationale.setMaxLength(1000);
        rationale.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        rationale.setEnabled(false);
        rationale.addValueChangeListener(e -> {
            if (e.isFromClient() && current != null && current.rating != null) {
                save(current, current.rating.rating(), e.getValue());
            }
        });
        HorizontalLayout detail = new HorizontalLayout(focused, rationale);
        detail.setWidthFull();
        detail.setAlignItems(FlexComponent.Alignment.BASELINE);
        // The export writes what the matrix shows: one line per item with its ratings as "CODE rating".
        ListColumns<RatingMatrix.Row> exportColumns = new ListColumns<>(new Grid<>());
        exportColumns.add("roadmap.item.vendor", r -> r.item().vendor().name());
        exportColumns.add("roadmap.rating.item", r -> r.item().title());
        exportColumns.add(
                "roadmap.item.status", r -> RoadmapLabels.status(this, r.item().status()));
        exportColumns.add(
                "roadmap.ratings",
                r -> shown.objectives().stream()
                        .filter(o -> r.rating(o.id()) != null)
                        .map(o -> o.code() + " " + r.rating(o.id()).rating())
                        .collect(java.util.stream.Collectors.joining(" · ")));
        toolbar.addActions(
                new ExportMenu<>("roadmap-ratings", exports, exportColumns, p -> InMemoryPages.page(shown.rows(), p)));
        add(toolbar, help, matrixCells, detail);
        load();
    }

    private void load() {
        RatingMatrix matrix = shown = ratings.matrix(new RoadmapItemFilter(
                toolbar.searchText(),
                vendorFilter.getValue() == null ? null : vendorFilter.getValue().id(),
                null,
                null));
        cells.clear();
        current = null;
        rationale.setEnabled(false);
        rationale.clear();
        focused.setText("");
        matrixCells.removeAll();
        List<ObjectiveRef> objectives = matrix.objectives();
        matrixCells
                .getStyle()
                .set("display", "grid")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("align-items", "center")
                .set(
                        "grid-template-columns",
                        "minmax(14em, 2fr) minmax(7em, auto) repeat(" + objectives.size() + ", 5.5em)");
        matrixCells.add(
                head(getTranslation("roadmap.rating.item"), null), head(getTranslation("roadmap.item.status"), null));
        objectives.forEach(o -> matrixCells.add(head(o.code(), o.name())));
        List<RatingMatrix.Row> rows = matrix.rows();
        for (int r = 0; r < rows.size(); r++) {
            RatingMatrix.Row row = rows.get(r);
            matrixCells.add(
                    new Span(row.item().vendor().name() + " · " + row.item().title()),
                    new Span(RoadmapLabels.status(this, row.item().status())));
            for (ObjectiveRef objective : objectives) {
                matrixCells.add(cell(r, row, objective));
            }
        }
    }

    private Span head(String text, String tooltip) {
        Span head = new Span(text);
        head.getStyle().set("font-weight", "600");
        if (tooltip != null) {
            head.setTitle(tooltip);
        }
        return head;
    }

    private IntegerField cell(int rowIndex, RatingMatrix.Row row, ObjectiveRef objective) {
        RatingView rating = row.rating(objective.id());
        IntegerField field = new IntegerField();
        field.setMin(-1);
        field.setMax(2);
        field.setStep(1);
        field.setWidthFull();
        field.setStepButtonsVisible(false);
        field.setId("rating-" + row.item().id() + "-" + objective.id());
        String label = row.item().title() + " × " + objective.name();
        field.setAriaLabel(label);
        field.setValue(rating == null ? null : rating.rating());
        field.setReadOnly(!row.item().editable());
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        Cell cell = new Cell(row.item().id(), objective.id(), label, rating);
        cells.computeIfAbsent(rowIndex, k -> new HashMap<>()).put(objective.id(), field);
        field.addFocusListener(e -> show(cell, row.item().editable()));
        field.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            Integer value = e.getValue();
            if (value != null && (value < -1 || value > 2)) {
                Notifications.error(getTranslation("roadmap.rating.range"));
                field.setValue(e.getOldValue());
                return;
            }
            save(cell, value, cell.rating == null ? null : cell.rating.rationale());
        });
        // Enter moves to the same objective of the next item, like a spreadsheet.
        field.addKeyDownListener(Key.ENTER, e -> {
            IntegerField below = cells.getOrDefault(rowIndex + 1, Map.of()).get(objective.id());
            if (below != null) {
                below.focus();
            }
        });
        return field;
    }

    private void show(Cell cell, boolean editable) {
        current = cell;
        focused.setText(cell.label);
        rationale.setValue(cell.rating == null || cell.rating.rationale() == null ? "" : cell.rating.rationale());
        rationale.setEnabled(editable && cell.rating != null);
    }

    private void save(Cell cell, Integer value, String why) {
        try {
            cell.rating = ratings.rate(
                    cell.itemId, cell.objectiveId, value, why, cell.rating == null ? null : cell.rating.version());
            if (cell == current) {
                rationale.setEnabled(cell.rating != null);
            }
        } catch (DomainException ex) {
            Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
            load(); // show what is stored now, including the other person's change
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roadmap.menu.ratings");
    }
}

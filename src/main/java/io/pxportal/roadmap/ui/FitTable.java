package io.pxportal.roadmap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.roadmap.Heatmap;
import io.pxportal.roadmap.ObjectiveFit;
import io.pxportal.roadmap.ObjectiveRef;
import io.pxportal.roadmap.PlatformFit;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.EmptyState;
import java.util.function.BiConsumer;

/**
 * The heatmap as a table: a platform per row with fit, reliability and end of support, and the coverage of each
 * objective; click a coverage cell to open it. The accessible twin of the chart, and what the export writes.
 */
class FitTable extends Composite<VerticalLayout> {

    FitTable(Heatmap heatmap, ExportService exports, BiConsumer<Long, Long> openCell) {
        Grid<PlatformFit> grid = new Grid<>();
        grid.setId("roadmap-fit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        ListColumns<PlatformFit> columns = new ListColumns<>(grid);
        columns.add("roadmap.fit.platform", f -> f.platform().name())
                .setAutoWidth(true)
                .setFrozen(true);
        columns.add("roadmap.fit.score", f -> RoadmapLabels.score(f.fit().score()))
                .setAutoWidth(true);
        columns.add(
                        "roadmap.fit.reliability",
                        f -> f.reliability().score() == null
                                ? "–"
                                : RoadmapLabels.score(f.reliability().score()) + " % ("
                                        + f.reliability().onTime() + "/"
                                        + f.reliability().due() + ")")
                .setAutoWidth(true);
        columns.add(
                        "roadmap.fit.end-of-support",
                        f -> f.endOfSupport() == null
                                ? ""
                                : Formats.date(f.endOfSupport().supportEnds(), getLocale()) + " · "
                                        + getTranslation("roadmap-risk."
                                                + f.endOfSupport().risk().name()))
                .setAutoWidth(true);
        for (ObjectiveRef objective : heatmap.objectives()) {
            columns.add(
                            "roadmap.fit.objective",
                            f -> !coverage(f, objective).rated()
                                    ? getTranslation("roadmap.fit.not-rated")
                                    : RoadmapLabels.percent(
                                                    coverage(f, objective).coverage())
                                            + (coverage(f, objective).gap() ? " ⚠" : ""))
                    .setHeader(objective.code())
                    .setKey("objective-" + objective.id())
                    .setTooltipGenerator(f -> objective.name())
                    .setAutoWidth(true);
        }
        EmptyState.on(grid, getTranslation("empty.fit"));
        grid.setItems(heatmap.rows());
        grid.addItemClickListener(e -> {
            if (e.getColumn() != null
                    && e.getColumn().getKey() != null
                    && e.getColumn().getKey().startsWith("objective-")) {
                openCell.accept(
                        e.getItem().platform().id(),
                        Long.valueOf(e.getColumn().getKey().substring("objective-".length())));
            }
        });
        getContent().setPadding(false);
        getContent()
                .add(
                        new ExportMenu<>("roadmap-fit", exports, columns, p -> InMemoryPages.page(heatmap.rows(), p)),
                        grid);
    }

    private static ObjectiveFit coverage(PlatformFit fit, ObjectiveRef objective) {
        return fit.fit().objectives().stream()
                .filter(o -> o.objectiveId().equals(objective.id()))
                .findFirst()
                .orElse(new ObjectiveFit(
                        objective.id(), 0, java.math.BigDecimal.ZERO, true, null, java.util.List.of(), false));
    }
}

package io.pxportal.roadmap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import io.pxportal.roadmap.Contribution;
import io.pxportal.roadmap.DrillDown;
import io.pxportal.roadmap.ItemStatus;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.PortalGrids;
import java.util.function.Consumer;

/**
 * One heatmap cell opened: the objective's weight and coverage for the platform, the platform's fit and what it would
 * be had no item been dropped, and every item rated for the objective with its value and rationale.
 */
class DrillDownDialog extends Dialog {

    DrillDownDialog(DrillDown drill, Consumer<Long> openItem) {
        setId("roadmap-drilldown");
        setHeaderTitle(
                drill.platform().platform().name() + " × " + drill.objective().name());
        setWidth("min(70em, 96vw)");
        Paragraph summary = new Paragraph(getTranslation(
                "roadmap.drill.summary",
                drill.coverage() == null ? 0 : drill.coverage().weight(),
                RoadmapLabels.percent(
                        drill.coverage() == null ? null : drill.coverage().coverage()),
                RoadmapLabels.score(drill.platform().fit().score())));
        summary.setId("roadmap-drilldown-summary");
        add(summary);
        if (drill.fitWithoutDrops() != null
                && drill.platform().fit().score() != null
                && drill.fitWithoutDrops().compareTo(drill.platform().fit().score()) != 0) {
            Paragraph drops = new Paragraph(getTranslation(
                    "roadmap.drill.drops",
                    RoadmapLabels.score(drill.fitWithoutDrops()),
                    RoadmapLabels.score(drill.platform().fit().score())));
            drops.setId("roadmap-drilldown-drops");
            drops.addClassName("px-warning");
            add(drops);
        }
        if (drill.coverage() != null && drill.coverage().gap()) {
            Paragraph gap = new Paragraph(getTranslation("roadmap.drill.gap"));
            gap.setId("roadmap-drilldown-gap");
            add(gap);
        }
        Grid<Contribution> items = itemsGrid(drill);
        items.addItemClickListener(e -> {
            close();
            openItem.accept(e.getItem().item().id());
        });
        if (drill.items().isEmpty()) {
            add(new Paragraph(getTranslation("roadmap.drill.no-items")));
        } else {
            add(items);
        }
        getFooter().add(new Button(getTranslation("roadmap.drill.close"), e -> close()));
    }

    /** Every item rated for the objective: status, quarter, rating, the value it brings (before a drop too), why, by whom. */
    private Grid<Contribution> itemsGrid(DrillDown drill) {
        Grid<Contribution> items = new Grid<>();
        items.setId("roadmap-drilldown-items");
        items.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        items.setAllRowsVisible(true);
        PortalGrids.text(items, c -> c.item().title())
                .setHeader(getTranslation("roadmap.item.title"))
                .setFlexGrow(2);
        PortalGrids.text(items, c -> RoadmapLabels.status(this, c.state().status()))
                .setHeader(getTranslation("roadmap.item.status"))
                .setAutoWidth(true);
        PortalGrids.text(items, c -> RoadmapLabels.quarter(c.state().quarter()))
                .setHeader(getTranslation("roadmap.item.committed-quarter"))
                .setAutoWidth(true);
        PortalGrids.text(items, Contribution::rating)
                .setHeader(getTranslation("roadmap.rating.value"))
                .setAutoWidth(true);
        PortalGrids.text(
                        items,
                        c -> c.conflict()
                                ? getTranslation("roadmap.drill.conflict")
                                : RoadmapLabels.percent(c.value())
                                        + (c.state().status() == ItemStatus.DROPPED && c.valueBeforeDrop() != null
                                                ? " ("
                                                        + getTranslation(
                                                                "roadmap.drill.before-drop",
                                                                RoadmapLabels.percent(c.valueBeforeDrop()))
                                                        + ")"
                                                : ""))
                .setHeader(getTranslation("roadmap.drill.value"))
                .setAutoWidth(true);
        PortalGrids.text(items, Contribution::rationale)
                .setHeader(getTranslation("roadmap.rating.rationale"))
                .setFlexGrow(2);
        PortalGrids.text(items, Contribution::ratedBy)
                .setHeader(getTranslation("roadmap.rating.rated-by"))
                .setAutoWidth(true);
        EmptyState.on(items, getTranslation("empty.drill-down"));
        items.setItems(drill.items());
        return items;
    }
}

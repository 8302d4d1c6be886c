package io.pxportal.roadmap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.roadmap.Gap;
import io.pxportal.shared.ui.EmptyState;
import java.util.List;
import java.util.function.Consumer;

/** The gap list: objectives with weight and requirements that no live roadmap item covers, per platform. */
class GapsPanel extends Composite<VerticalLayout> {

    GapsPanel(List<Gap> gaps, ExportService exports, Consumer<Gap> open) {
        Grid<Gap> grid = new Grid<>();
        grid.setId("roadmap-gaps-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        ListColumns<Gap> columns = new ListColumns<>(grid);
        columns.add("roadmap.fit.platform", g -> g.platform().name()).setAutoWidth(true);
        columns.add(
                        "roadmap.gap.kind",
                        g -> getTranslation(g.isRequirement() ? "roadmap.gap.requirement" : "roadmap.gap.objective"))
                .setAutoWidth(true);
        columns.add(
                        "roadmap.gap.what",
                        g -> g.isRequirement()
                                ? g.requirementTitle()
                                : g.objective().code() + " · " + g.objective().name())
                .setFlexGrow(1);
        columns.add(
                        "roadmap.gap.weight-or-due",
                        g -> g.isRequirement() ? g.neededBy().toString() : String.valueOf(g.weight()))
                .setAutoWidth(true);
        EmptyState.on(grid, getTranslation("empty.gaps"));
        grid.setItems(gaps);
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        H3 title = new H3(getTranslation("roadmap.gap.title", gaps.size()));
        getContent().setPadding(false);
        getContent()
                .add(title, new ExportMenu<>("roadmap-gaps", exports, columns, p -> InMemoryPages.page(gaps, p)), grid);
    }
}

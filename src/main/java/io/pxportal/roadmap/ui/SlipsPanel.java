package io.pxportal.roadmap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.roadmap.RoadmapScoreService;
import io.pxportal.roadmap.SlippedItem;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.DatePickers;
import io.pxportal.shared.ui.EmptyState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Items that slipped since the last review (delayed, dropped, or moved to a later quarter); the review date defaults
 * to 90 days ago until steering reviews record their own dates.
 */
class SlipsPanel extends Composite<VerticalLayout> {

    SlipsPanel(RoadmapScoreService scores, ExportService exports, LocalDate today, Consumer<Long> openItem) {
        DatePicker since =
                DatePickers.localized(new DatePicker(getTranslation("roadmap.slip.since"), today.minusDays(90)));
        since.setId("roadmap-slips-since");
        since.setMax(today);
        List<SlippedItem> shown = new ArrayList<>(scores.slippedSince(since.getValue()));
        Grid<SlippedItem> grid = new Grid<>();
        grid.setId("roadmap-slips-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        ListColumns<SlippedItem> columns = new ListColumns<>(grid);
        columns.add("roadmap.slip.on", s -> Formats.date(s.slip().on(), getLocale()))
                .setAutoWidth(true);
        columns.add("roadmap.item.vendor", s -> s.item().vendor().name()).setAutoWidth(true);
        columns.add("roadmap.item.title", s -> s.item().title()).setFlexGrow(1);
        columns.add(
                        "roadmap.slip.from",
                        s -> RoadmapLabels.status(this, s.slip().fromStatus()) + " "
                                + RoadmapLabels.quarter(s.slip().fromQuarter()))
                .setAutoWidth(true);
        columns.add(
                        "roadmap.slip.to",
                        s -> RoadmapLabels.status(this, s.slip().toStatus()) + " "
                                + RoadmapLabels.quarter(s.slip().toQuarter()))
                .setAutoWidth(true);
        EmptyState.on(grid, getTranslation("empty.slips"));
        grid.setItems(shown);
        grid.addItemClickListener(e -> openItem.accept(e.getItem().item().id()));
        since.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                shown.clear();
                shown.addAll(scores.slippedSince(e.getValue()));
                grid.setItems(shown);
            }
        });
        HorizontalLayout head = new HorizontalLayout(
                new H3(getTranslation("roadmap.slip.title")),
                since,
                new ExportMenu<>("roadmap-slips", exports, columns, p -> InMemoryPages.page(shown, p)));
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        getContent().setPadding(false);
        getContent().add(head, grid);
    }
}

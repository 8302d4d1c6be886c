package io.pxportal.roadmap.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.roadmap.FitHeatmapChart;
import io.pxportal.roadmap.Gap;
import io.pxportal.roadmap.Heatmap;
import io.pxportal.roadmap.Quarter;
import io.pxportal.roadmap.RoadmapScoreService;
import io.pxportal.roadmap.SupportRiskView;
import io.pxportal.shared.chart.ChartView;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.LinkedRecord;
import io.pxportal.shared.ui.ListToolbar;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.ShellPreferences;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The steering committee's roadmap review: the heatmap of platforms × objectives for a quarter (chart and table,
 * each cell opens the items behind it), the gap list, the items that slipped since the last review, and the
 * platforms whose version loses support within 24 months. Past quarters show the weights and statuses of then.
 */
@Route("roadmap")
@Menu(title = "roadmap.menu.steering", order = 60, icon = "vaadin:chart-grid")
@InMenuSection(MenuSection.ROADMAP)
@PermitAll
public class SteeringView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient RoadmapScoreService scores;
    private final transient ExportService exports;
    private final transient ItemEditor editor;
    private final transient Clock clock;
    private final boolean dark;
    private final Div body = new Div();
    private final ComboBox<Quarter> picker;
    private Quarter quarter;

    public SteeringView(
            RoadmapScoreService scores,
            ExportService exports,
            ItemEditor editor,
            ShellPreferences preferences,
            Clock clock) {
        this.scores = scores;
        this.clock = clock;
        this.exports = exports;
        this.editor = editor;
        this.dark = preferences.isDark();
        Quarter now = scores.currentQuarter();
        quarter = now;
        ListToolbar toolbar = new ListToolbar(getTranslation("roadmap.menu.steering"), "roadmap-steering");
        toolbar.hideSearch();
        picker = RoadmapLabels.quarterPicker(getTranslation("roadmap.fit.quarter"), now, 4, 0);
        picker.setId("roadmap-quarter");
        picker.setValue(now);
        picker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                quarter = e.getValue();
                show();
            }
        });
        toolbar.addFilters(picker);
        body.setWidthFull();
        add(toolbar, body);
        show();
    }

    /**
     * {@code ?quarter=2026-Q1&platform=ID&objective=ID} (a PX metric's evidence) shows that quarter and opens the
     * cell's drill-down.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        Quarter asked = Quarter.parse(first(parameters, "quarter"));
        if (asked != null && !asked.equals(quarter)) {
            picker.setValue(asked);
        }
        Long platform = LinkedRecord.id(first(parameters, "platform")).orElse(null);
        Long objective = LinkedRecord.id(first(parameters, "objective")).orElse(null);
        if (platform != null && objective != null) {
            drill(platform, objective);
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst().orElse(null);
    }

    private void show() {
        body.removeAll();
        Heatmap heatmap = scores.heatmap(quarter);
        Paragraph weights = new Paragraph(
                heatmap.weights() == null
                        ? getTranslation("roadmap.fit.no-weights")
                        : getTranslation(
                                "roadmap.fit.weights",
                                heatmap.weights().effectiveQuarter().label(getLocale())));
        weights.addClassName("px-muted");
        body.add(new H3(getTranslation("roadmap.fit.title", quarter.label(getLocale()))), weights);
        if (!heatmap.objectives().isEmpty() && !heatmap.rows().isEmpty()) {
            ChartView chart = new ChartView(960, 130 + 44 * heatmap.rows().size());
            chart.setId("roadmap-heatmap");
            chart.show(
                    () -> FitHeatmapChart.build(
                            heatmap,
                            getTranslation("roadmap.fit.coverage"),
                            getTranslation("roadmap.fit.not-rated"),
                            getLocale()),
                    dark,
                    getTranslation(
                            "roadmap.fit.chart-alt",
                            heatmap.rows().size(),
                            heatmap.objectives().size()));
            body.add(chart);
        } else {
            ChartView chart = new ChartView(960, 200);
            chart.setId("roadmap-heatmap");
            chart.showEmpty(getTranslation(
                    heatmap.rows().isEmpty() ? "empty.chart.fit.platforms" : "empty.chart.fit.objectives"));
            body.add(chart);
        }
        body.add(new FitTable(heatmap, exports, this::drill));
        body.add(new GapsPanel(scores.gaps(quarter), exports, this::open));
        body.add(new SlipsPanel(scores, exports, LocalDate.now(clock), this::openItem));
        body.add(new H3(getTranslation("roadmap.eos.title")), supportRisks());
    }

    private VerticalLayout supportRisks() {
        Grid<SupportRiskView> grid = new Grid<>();
        grid.setId("roadmap-eos-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        ListColumns<SupportRiskView> columns = new ListColumns<>(grid);
        columns.add("roadmap.fit.platform", r -> r.platform().name()).setAutoWidth(true);
        columns.add("roadmap.eos.version", SupportRiskView::runningVersion).setAutoWidth(true);
        columns.add("roadmap.item.title", SupportRiskView::itemTitle).setFlexGrow(1);
        columns.add("roadmap.eos.ends", r -> Formats.date(r.supportEnds(), getLocale()))
                .setAutoWidth(true);
        columns.add(
                        "roadmap.eos.risk",
                        r -> getTranslation("roadmap-risk." + r.risk().name()))
                .setAutoWidth(true);
        List<SupportRiskView> risks = scores.supportRisks();
        EmptyState.on(grid, getTranslation("empty.support-risks"));
        grid.setItems(risks);
        grid.addItemClickListener(e -> openItem(e.getItem().itemId()));
        VerticalLayout panel = new VerticalLayout(
                new ExportMenu<>("roadmap-end-of-support", exports, columns, p -> InMemoryPages.page(risks, p)), grid);
        panel.setPadding(false);
        return panel;
    }

    private void open(Gap gap) {
        if (gap.isRequirement()) {
            getUI().ifPresent(ui -> ui.navigate(RequirementsView.class));
        } else {
            drill(gap.platform().id(), gap.objective().id());
        }
    }

    private void drill(Long platformId, Long objectiveId) {
        new DrillDownDialog(scores.drillDown(platformId, objectiveId, quarter), this::openItem).open();
    }

    private void openItem(Long itemId) {
        editor.open(itemId, this::show);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roadmap.menu.steering");
    }
}

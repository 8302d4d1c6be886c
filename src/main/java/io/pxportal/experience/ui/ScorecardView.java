package io.pxportal.experience.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.pxportal.experience.Dimension;
import io.pxportal.experience.MetricScore;
import io.pxportal.experience.Pillar;
import io.pxportal.experience.Quarter;
import io.pxportal.experience.QuarterScore;
import io.pxportal.experience.ScoreService;
import io.pxportal.experience.Scorecard;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.chart.ChartView;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.LinkedRecord;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.PortalGrids;
import io.pxportal.shared.ui.ShellPreferences;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A platform's scorecard for a quarter: TX and the dimensions with coverage, the radar of the dimensions, the
 * trend over eight quarters, the PX pillars, the top drivers, and every metric — each opening its provenance.
 * {@code ?platform=ID&period=2026-Q3} opens a given one.
 */
@Route("experience/scorecard")
@Menu(title = "menu.experience.scorecard", order = 70, icon = "vaadin:dashboard")
@InMenuSection(MenuSection.EXPERIENCE)
@PermitAll
public class ScorecardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient ScoreService scores;
    private final transient PlatformService platforms;
    private final boolean dark;
    private final ComboBox<PlatformRef> platform = new ComboBox<>();
    private final Select<Quarter> period;
    private final Div body = new Div();

    public ScorecardView(ScoreService scores, PlatformService platforms, ShellPreferences preferences, Clock clock) {
        this.scores = scores;
        this.platforms = platforms;
        this.dark = preferences.isDark();
        setId("scorecard-view");
        H2 title = new H2(getTranslation("menu.experience.scorecard"));
        title.addClassName("px-page-title");
        platform.setId("scorecard-platform");
        platform.setLabel(getTranslation("experience.platform"));
        platform.setItemLabelGenerator(PlatformRef::name);
        platform.setItems(
                q -> platforms.refs(q.getFilter().orElse(""), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        period = ScoreTexts.quarterSelect(this, "scorecard-period", Quarter.of(LocalDate.now(clock)));
        platform.addValueChangeListener(e -> show());
        period.addValueChangeListener(e -> show());
        HorizontalLayout bar = new HorizontalLayout(platform, period);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        body.setWidthFull();
        add(title, bar, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter("period").ifPresent(p -> {
            try {
                period.setValue(Quarter.parse(p));
            } catch (RuntimeException e) {
                // an unreadable period keeps the current quarter
            }
        });
        Long id = LinkedRecord.id(event, "platform").orElse(null);
        PlatformRef chosen = id == null ? null : platforms.refsByIds(Set.of(id)).get(id);
        if (chosen == null) {
            chosen = platforms.refs("", PageRequest.of(0, 1, Sort.by("name"))).stream()
                    .findFirst()
                    .orElse(null);
        }
        platform.setValue(chosen);
        show();
    }

    private void show() {
        body.removeAll();
        if (platform.getValue() == null || period.getValue() == null) {
            boolean anyPlatform = !platforms.refs("", PageRequest.of(0, 1)).isEmpty();
            body.add(new Paragraph(
                    getTranslation(anyPlatform ? "experience.choose-platform" : "empty.scorecard.no-platforms")));
            return;
        }
        Long id = platform.getValue().id();
        Quarter quarter = period.getValue();
        List<QuarterScore> trend =
                scores.trends(Set.of(id), quarter, ScoreTexts.TREND_QUARTERS).get(id);
        Scorecard card = trend.getLast().scorecard();

        ScoreTiles dimensions = dimensionTiles(card);
        ChartView radar = new ChartView(420, 340);
        radar.setId("scorecard-radar");
        radar.show(() -> ScoreCharts.radar(this, card), dark, getTranslation("experience.radar.alt"));
        ChartView trendChart = new ChartView(620, 340);
        trendChart.setId("scorecard-trend");
        trendChart.show(() -> ScoreCharts.trend(this, trend), dark, getTranslation("experience.trend.alt"));
        Div charts = new Div(radar, trendChart);
        charts.addClassName("px-card-deck");

        ScoreTiles pillars = pillarTiles(card);
        DriversPanel txDrivers = new DriversPanel(
                "drivers-tx",
                getTranslation("experience.drivers.tx"),
                card.drivers(),
                MetricScore::lostInTotal,
                m -> open(id, quarter, m));
        DriversPanel pxDrivers = new DriversPanel(
                "drivers-px",
                getTranslation("experience.drivers.px"),
                card.drivers(Dimension.PX),
                MetricScore::lostInDimension,
                m -> open(id, quarter, m));
        Div drivers = new Div(txDrivers, pxDrivers);
        drivers.addClassName("px-card-deck");

        body.add(
                dimensions,
                charts,
                new H3(getTranslation("experience.pillars")),
                pillars,
                drivers,
                new H3(getTranslation("experience.metrics")),
                metrics(id, quarter, card));
    }

    /** Each pillar's score with its top driver. */
    private ScoreTiles pillarTiles(Scorecard card) {
        ScoreTiles pillars = new ScoreTiles("scorecard-pillars");
        for (Pillar p : Pillar.values()) {
            List<MetricScore> drivers = card.drivers(p);
            pillars.add(
                    p.name().toLowerCase(),
                    getTranslation("experience.pillar." + p),
                    card.pillar(p),
                    drivers.isEmpty()
                            ? null
                            : getTranslation(
                                    "experience.top-driver",
                                    drivers.getFirst().metric().label(this::getTranslation)));
        }
        return pillars;
    }

    /** The TX score and each dimension's. */
    private ScoreTiles dimensionTiles(Scorecard card) {
        ScoreTiles dimensions = new ScoreTiles("scorecard-dimensions");
        dimensions.add(
                "tx",
                getTranslation("experience.tx"),
                card.total(),
                getTranslation("experience.catalogue-version", card.catalogue()));
        for (Dimension d : Dimension.values()) {
            dimensions.add(
                    d.name().toLowerCase(), getTranslation("experience.dimension." + d), card.dimension(d), null);
        }
        return dimensions;
    }

    private Grid<MetricScore> metrics(Long platformId, Quarter quarter, Scorecard card) {
        Grid<MetricScore> grid = new Grid<>();
        grid.setId("scorecard-metrics");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        PortalGrids.text(
                        grid,
                        m -> getTranslation("experience.dimension." + m.metric().dimension())
                                + (m.metric().pillar() == null
                                        ? ""
                                        : " · "
                                                + getTranslation("experience.pillar."
                                                        + m.metric().pillar())))
                .setHeader(getTranslation("experience.dimension"))
                .setAutoWidth(true);
        PortalGrids.text(grid, m -> m.metric().label(this::getTranslation))
                .setHeader(getTranslation("experience.metric"))
                .setFlexGrow(2);
        PortalGrids.text(
                        grid,
                        m -> m.hasData() ? ScoreTexts.value(getLocale(), m) : getTranslation("experience.no-data"))
                .setHeader(getTranslation("experience.value"))
                .setAutoWidth(true);
        PortalGrids.text(grid, m -> ScoreTexts.score(this, m.score()))
                .setHeader(getTranslation("experience.score"))
                .setAutoWidth(true);
        PortalGrids.text(grid, m -> ScoreTexts.lost(this, m.lostInTotal()))
                .setHeader(getTranslation("experience.lost-tx"))
                .setAutoWidth(true);
        EmptyState.on(grid, getTranslation("empty.scorecard.metrics"));
        grid.setItems(card.metrics());
        grid.addItemClickListener(e -> open(platformId, quarter, e.getItem()));
        return grid;
    }

    private void open(Long platformId, Quarter quarter, MetricScore metric) {
        new ProvenanceDialog(
                        scores.provenance(platformId, quarter, metric.metric().code()))
                .open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.experience.scorecard");
    }
}

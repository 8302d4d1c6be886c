package io.pxportal.roadmap;

import static io.pxportal.roadmap.RoadmapScoringTest.A11Y;
import static io.pxportal.roadmap.RoadmapScoringTest.CLOUD;
import static io.pxportal.roadmap.RoadmapScoringTest.COST;
import static io.pxportal.roadmap.RoadmapScoringTest.OMNI;
import static io.pxportal.roadmap.RoadmapScoringTest.SELF;
import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.shared.agenda.AgendaChart;
import io.pxportal.shared.agenda.AgendaChartSource;
import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

/** The pack's roadmap heatmap, drawn from the agenda items' figures only (the worked example of docs/scoring.md). */
class RoadmapAgendaChartsTest {

    private static final List<ObjectiveRef> OBJECTIVES = List.of(
            new ObjectiveRef(A11Y, "A11Y", "Accessibility"),
            new ObjectiveRef(CLOUD, "CLOUD", "Cloud first"),
            new ObjectiveRef(COST, "COST", "Cost"),
            new ObjectiveRef(OMNI, "OMNI", "Omnichannel"),
            new ObjectiveRef(SELF, "SELF", "Self-service"));

    private static AgendaItem fitItem(long platformId, Fit fit) {
        return new AgendaItem(
                RoadmapAgenda.FIT_SUBJECT,
                platformId,
                platformId,
                "p" + platformId + " · 2026-Q2",
                List.of(
                        AgendaFigure.number("agenda.roadmap.fit", fit.score()),
                        RoadmapAgendaCharts.coverageFigure(OBJECTIVES, fit)),
                fit.score().intValue() < 50);
    }

    @Test
    void the_coverage_figure_is_neutral_text_that_reads_back_to_the_coverage() {
        Fit fit = RoadmapScoring.fit(RoadmapScoringTest.weights(), RoadmapScoringTest.workedExample());

        AgendaFigure figure = RoadmapAgendaCharts.coverageFigure(OBJECTIVES, fit);

        // No item is rated for COST: not rated, unlike SELF, whose items are rated but a conflict takes it to 0 %.
        assertThat(figure.value()).isEqualTo("A11Y 100 % · CLOUD 60 % · COST – · OMNI 30 % · SELF 0 %");
        Map<String, BigDecimal> read = RoadmapAgendaCharts.parse(figure.value());
        assertThat(read.keySet()).containsExactly("A11Y", "CLOUD", "COST", "OMNI", "SELF");
        assertThat(read)
                .containsEntry("A11Y", new BigDecimal("1"))
                .containsEntry("CLOUD", new BigDecimal("0.6"))
                .containsEntry("COST", null)
                .containsEntry("OMNI", new BigDecimal("0.3"))
                .containsEntry("SELF", new BigDecimal("0"));
    }

    @Test
    void one_heatmap_of_the_reviews_platforms_by_objective_from_the_fit_items() {
        Fit example = RoadmapScoring.fit(RoadmapScoringTest.weights(), RoadmapScoringTest.workedExample());
        List<RoadmapScoring.Rated> cloudDropped = new ArrayList<>(RoadmapScoringTest.workedExample());
        cloudDropped.set(0, new RoadmapScoring.Rated(1L, CLOUD, 2, ItemStatus.DROPPED));
        Fit dropped = RoadmapScoring.fit(RoadmapScoringTest.weights(), cloudDropped);
        AgendaItem slipped = new AgendaItem(
                RoadmapAlerts.SUBJECT,
                5L,
                null,
                "Quadient · Web authoring",
                List.of(AgendaFigure.message("agenda.roadmap.status", "roadmap-status.DROPPED")),
                false);
        AgendaChartSource.Context context = new AgendaChartSource.Context(
                Locale.ENGLISH,
                key -> key.equals("agenda.roadmap.fit") ? "Roadmap fit" : "Coverage per objective",
                Map.of(10L, "Inspire", 20L, "Exstream"));

        List<AgendaChart> charts =
                new RoadmapAgendaCharts().charts(List.of(fitItem(10, example), slipped, fitItem(20, dropped)), context);

        assertThat(charts).singleElement().satisfies(chart -> {
            assertThat(chart.platformId()).isNull();
            assertThat(chart.title()).isEqualTo("Roadmap fit · Coverage per objective");
            XYPlot plot = chart.chart().getXYPlot();
            assertThat(((SymbolAxis) plot.getDomainAxis()).getSymbols())
                    .containsExactly("A11Y", "CLOUD", "COST", "OMNI", "SELF");
            assertThat(((SymbolAxis) plot.getRangeAxis()).getSymbols())
                    .containsExactly("Inspire (45.5)", "Exstream (27.5)");
            XYZDataset data = (XYZDataset) plot.getDataset();
            assertThat(data.getItemCount(0)).isEqualTo(10);
            assertThat(data.getZValue(0, 1)).as("Inspire × CLOUD").isEqualTo(0.6);
            assertThat(data.getZValue(0, 6)).as("Exstream × CLOUD, dropped").isEqualTo(0.0);
            assertThat(data.getZValue(0, 8)).as("Exstream × OMNI").isEqualTo(0.3);
        });
    }

    @Test
    void no_fit_items_no_chart() {
        assertThat(new RoadmapAgendaCharts()
                        .charts(List.of(), new AgendaChartSource.Context(Locale.ENGLISH, k -> k, Map.of())))
                .isEmpty();
    }
}

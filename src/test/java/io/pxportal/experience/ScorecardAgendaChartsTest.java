package io.pxportal.experience;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.shared.agenda.AgendaChart;
import io.pxportal.shared.agenda.AgendaChartSource;
import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/** The pack's radar, drawn from an agenda item's figures only. */
class ScorecardAgendaChartsTest {

    private final ScorecardAgendaCharts charts = new ScorecardAgendaCharts();
    private final AgendaChartSource.Context context =
            new AgendaChartSource.Context(Locale.ENGLISH, key -> "[" + key + "]", Map.of(7L, "Inspire Correspondence"));

    @Test
    void a_frozen_item_draws_the_radar_of_its_five_dimension_figures() {
        // As a closed review gives it back: neutral text only, nothing from the records behind it.
        AgendaItem frozen = new AgendaItem(
                "scorecard",
                7L,
                7L,
                "Inspire Correspondence · 2026-Q3",
                List.of(
                        new AgendaFigure("agenda.scorecard.tx", AgendaFigure.Kind.NUMBER, "62.1", ""),
                        new AgendaFigure("agenda.scorecard.cx", AgendaFigure.Kind.NUMBER, "78.0", ""),
                        new AgendaFigure("agenda.scorecard.ex", AgendaFigure.Kind.NUMBER, "30.0", ""),
                        new AgendaFigure("agenda.scorecard.ux", AgendaFigure.Kind.NUMBER, "", ""),
                        new AgendaFigure("agenda.scorecard.mx", AgendaFigure.Kind.NUMBER, "100.0", ""),
                        new AgendaFigure("agenda.scorecard.px", AgendaFigure.Kind.NUMBER, "60.0", "")),
                true);

        List<AgendaChart> drawn = charts.charts(List.of(frozen), context);

        assertThat(drawn).singleElement().satisfies(chart -> {
            assertThat(chart.platformId()).isEqualTo(7L);
            assertThat(chart.title()).isEqualTo("Inspire Correspondence · 2026-Q3");
            SpiderWebPlot plot = (SpiderWebPlot) chart.chart().getPlot();
            assertThat(plot.getMaxValue()).isEqualTo(100);
            CategoryDataset data = plot.getDataset();
            assertThat(data.getRowKeys().toArray()).containsExactly("[experience.scores]");
            assertThat(data.getColumnKeys().toArray())
                    .as("each spoke says its score; no data says so")
                    .containsExactly("CX 78.0", "EX 30.0", "UX –", "MX 100.0", "PX 60.0");
            assertThat(data.getValue(0, 0).doubleValue()).isEqualTo(78.0);
            assertThat(data.getValue(0, 1).doubleValue()).isEqualTo(30.0);
            assertThat(data.getValue(0, 2).doubleValue())
                    .as("no data sits at the centre")
                    .isEqualTo(0.0);
            assertThat(data.getValue(0, 3).doubleValue()).isEqualTo(100.0);
            assertThat(data.getValue(0, 4).doubleValue()).isEqualTo(60.0);
        });
    }

    @Test
    void the_live_item_and_the_scorecard_view_draw_the_same_radar() {
        Scorecard card =
                ScoringEngine.score(ScoringEngineTest.workedExample(), ScoringEngineTest.workedExampleValues());
        AgendaItem live = ScorecardAgenda.item(
                new PlatformRef(7L, "Inspire Correspondence"), Quarter.parse("2026-Q3"), card, card);
        Map<Dimension, java.math.BigDecimal> fromFigures = ScorecardAgendaCharts.scores(live);
        for (Dimension d : Dimension.values()) {
            if (card.dimension(d).hasData()) {
                assertThat(fromFigures.get(d))
                        .as(d.name())
                        .isEqualByComparingTo(card.dimension(d).value());
            } else {
                assertThat(fromFigures).doesNotContainKey(d);
            }
        }
    }

    @Test
    void a_platform_without_any_score_gets_no_chart() {
        Scorecard empty = ScoringEngine.score(ScoringEngineTest.workedExample(), Map.of());
        AgendaItem item = ScorecardAgenda.item(new PlatformRef(8L, "Pilot"), Quarter.parse("2026-Q3"), empty, empty);
        assertThat(charts.charts(List.of(item), context)).isEmpty();
    }
}

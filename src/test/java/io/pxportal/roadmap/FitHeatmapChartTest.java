package io.pxportal.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.shared.chart.ChartRenderer;
import io.pxportal.shared.chart.ChartStyle;
import io.pxportal.shared.chart.ChartTable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

/** The fit heatmap tells a measured 0 % from an objective nobody rated, and says what its codes stand for. */
class FitHeatmapChartTest {

    private static final FitHeatmapChart.Labels LABELS = new FitHeatmapChart.Labels(
            Locale.ENGLISH, "Coverage", "not rated", Map.of("A11Y", "Accessibility", "SELF", "Self-service"));

    private static JFreeChart chart() {
        return FitHeatmapChart.build(
                List.of("A11Y", "SELF"),
                List.of(
                        new FitHeatmapChart.Row("Inspire (45.5)", List.of(new BigDecimal("0.6"), BigDecimal.ZERO)),
                        new FitHeatmapChart.Row("Exstream (–)", Arrays.asList(null, new BigDecimal("1")))),
                LABELS);
    }

    @Test
    void a_platform_not_rated_for_an_objective_is_a_grey_not_rated_block_not_zero_percent() {
        JFreeChart chart = chart();
        XYZDataset data = (XYZDataset) chart.getXYPlot().getDataset();
        XYBlockRenderer renderer = (XYBlockRenderer) chart.getXYPlot().getRenderer();

        assertThat(renderer.getPaintScale().getPaint(data.getZValue(0, 2)))
                .as("Exstream × A11Y")
                .isEqualTo(FitHeatmapChart.NOT_RATED);
        assertThat(renderer.getPaintScale().getPaint(data.getZValue(0, 1)))
                .as("Inspire × SELF, rated 0 %")
                .isEqualTo(FitHeatmapChart.CIVIDIS[0]);
        assertThat(ChartTable.of(chart, Locale.ENGLISH).rows())
                .containsExactly(
                        List.of("Inspire (45.5)", "60 %", "0 %"), List.of("Exstream (–)", "not rated", "100 %"));
    }

    @Test
    void the_svg_writes_not_rated_in_the_block_and_a_key_to_the_codes() {
        JFreeChart chart = chart();
        ChartStyle.apply(chart, false);

        String svg = ChartRenderer.toSvg(chart, 960, 220);

        assertThat(svg).contains(">not rated<", ">0 %<", ">60 %<", "A11Y: Accessibility · SELF: Self-service");
    }

    @Test
    void the_objective_nobody_rated_reads_back_from_the_frozen_figure_as_not_rated() {
        Fit fit = new Fit(
                new BigDecimal("30.0"),
                List.of(
                        new ObjectiveFit(1L, 50, new BigDecimal("0.6"), false, 7L, List.of(), true),
                        new ObjectiveFit(2L, 50, BigDecimal.ZERO, true, null, List.of(), false)));

        String figure = RoadmapAgendaCharts.coverageFigure(
                        List.of(
                                new ObjectiveRef(1L, "A11Y", "Accessibility"),
                                new ObjectiveRef(2L, "SELF", "Self-service")),
                        fit)
                .value();

        assertThat(figure).isEqualTo("A11Y 60 % · SELF –");
        assertThat(RoadmapAgendaCharts.parse(figure))
                .containsEntry("A11Y", new BigDecimal("0.6"))
                .containsEntry("SELF", null);
    }
}

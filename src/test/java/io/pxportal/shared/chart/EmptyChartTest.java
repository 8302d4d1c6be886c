package io.pxportal.shared.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.junit.jupiter.api.Test;

/** A chart with nothing to plot is drawn as the sentence saying what would fill it, never as a zero axis. */
class EmptyChartTest {

    private static final String MESSAGE = "No platforms yet — add platforms to see the portfolio";

    private static JFreeChart bars(DefaultCategoryDataset data) {
        JFreeChart chart = ChartFactory.createStackedBarChart(
                null, "Lifecycle", "Platforms", data, PlotOrientation.VERTICAL, true, false, false);
        ChartStyle.apply(chart, false);
        return EmptyChart.saying(chart, MESSAGE);
    }

    @Test
    void a_chart_without_values_or_with_only_zeros_and_gaps_is_empty() {
        DefaultCategoryDataset zeros = new DefaultCategoryDataset();
        zeros.addValue(0, "Cloud", "Adopt");
        zeros.addValue(null, "On premises", "Adopt");

        assertThat(EmptyChart.isEmpty(bars(new DefaultCategoryDataset()))).isTrue();
        assertThat(EmptyChart.isEmpty(bars(zeros))).isTrue();
        assertThat(EmptyChart.isEmpty(ChartFactory.createTimeSeriesChart(
                        null, null, null, new TimeSeriesCollection(new TimeSeries("Usage")))))
                .isTrue();
        assertThat(EmptyChart.isEmpty(new JFreeChart(new SpiderWebPlot(zeros)))).isTrue();
    }

    @Test
    void a_chart_with_one_value_is_not_empty() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(0, "Cloud", "Adopt");
        data.addValue(3, "Cloud", "Run");
        TimeSeries usage = new TimeSeries("Usage");
        usage.add(new Day(1, 1, 2026), 12);

        assertThat(EmptyChart.isEmpty(bars(data))).isFalse();
        assertThat(EmptyChart.isEmpty(
                        ChartFactory.createTimeSeriesChart(null, null, null, new TimeSeriesCollection(usage))))
                .isFalse();
    }

    @Test
    void an_empty_chart_draws_its_sentence_and_no_axis() {
        String svg = ChartRenderer.toSvg(bars(new DefaultCategoryDataset()), 600, 300);

        assertThat(svg)
                .contains("No platforms yet")
                .doesNotContain("Lifecycle")
                .doesNotContain("Platforms<")
                .doesNotContain("<line");
    }

    @Test
    void a_chart_with_data_still_draws_its_axes() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(3, "Cloud", "Adopt");

        assertThat(ChartRenderer.toSvg(bars(data), 600, 300))
                .contains("Lifecycle")
                .contains("Adopt")
                .doesNotContain("No platforms yet");
    }

    @Test
    void an_empty_chart_without_its_own_sentence_uses_the_one_given() {
        JFreeChart chart = ChartFactory.createBarChart(null, "Year", "EUR", new DefaultCategoryDataset());

        assertThat(ChartRenderer.toSvg(chart, 600, 300, "Nothing to chart yet"))
                .contains("Nothing to chart yet")
                .doesNotContain("Year");
    }
}

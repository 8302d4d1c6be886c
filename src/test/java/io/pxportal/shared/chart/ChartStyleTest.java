package io.pxportal.shared.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChartStyleTest {

    private static JFreeChart chart() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(3, "SaaS", "Adopt");
        data.addValue(2, "On-premises", "Adopt");
        return ChartFactory.createStackedBarChart("t", "x", "y", data);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void charts_get_the_palette_and_the_plot_background_of_the_page(boolean dark) {
        JFreeChart chart = chart();
        ChartStyle.apply(chart, dark);
        CategoryPlot plot = chart.getCategoryPlot();

        assertThat(plot.getBackgroundPaint()).isEqualTo(chart.getBackgroundPaint());
        assertThat(plot.getRenderer().getSeriesPaint(0)).isNull();
        assertThat(plot.getDrawingSupplier().getNextPaint()).isEqualTo(ChartStyle.PALETTE[0]);
        assertThat(ChartRenderer.toSvg(chart, 400, 200))
                .startsWith("<?xml")
                .contains("<svg")
                .contains("Adopt");
    }
}

package io.pxportal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class PackChartsTest {

    @Test
    void a_long_category_name_gets_lines_instead_of_an_ellipsis() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(80, "use", "Exstream Engine documents");
        data.addValue(40, "use", "Inspire Designer named users");
        JFreeChart chart =
                ChartFactory.createBarChart(null, null, "%", data, PlotOrientation.HORIZONTAL, false, false, false);
        PackCharts.fitLabels(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getDomainAxis().getMaximumCategoryLabelLines()).isGreaterThan(1);
        assertThat(plot.getDomainAxis().getMaximumCategoryLabelWidthRatio()).isGreaterThan(0.3f);
    }

    @Test
    void a_radar_gets_labelled_rings_inside_its_plot() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String spoke : new String[] {"CX", "EX", "UX", "MX", "TX"}) {
            data.addValue(60, "score", spoke);
        }
        SpiderWebPlot plot = new SpiderWebPlot(data);
        plot.setMaxValue(100);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        PackCharts.fitLabels(chart);
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(graphics, new Rectangle2D.Double(0, 0, 400, 300), info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        assertThat(area.getWidth()).as("the plot reports where it drew").isPositive();
        int[] before = image.getRGB(0, 0, 400, 300, null, 0, 400);
        PackCharts.scale(plot, graphics, area, new Font(Font.SANS_SERIF, Font.PLAIN, 7), Color.RED);
        int[] after = image.getRGB(0, 0, 400, 300, null, 0, 400);
        long changed = java.util.stream.IntStream.range(0, before.length)
                .filter(i -> before[i] != after[i])
                .count();
        assertThat(changed).as("rings drawn").isGreaterThan(200);
        assertThat(PackCharts.ringLabels(plot)).containsExactly("25", "50", "75", "100");
    }
}

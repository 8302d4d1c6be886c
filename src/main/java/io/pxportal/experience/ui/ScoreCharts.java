package io.pxportal.experience.ui;

import com.vaadin.flow.component.Component;
import io.pxportal.experience.Dimension;
import io.pxportal.experience.QuarterScore;
import io.pxportal.experience.Scorecard;
import io.pxportal.shared.chart.ChartStyle;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.DefaultCategoryDataset;

/** The scorecard's charts: the dimensions as a radar, and TX, PX, CX and EX over the quarters. */
final class ScoreCharts {

    private ScoreCharts() {
    }

    /** One spoke per dimension, 0 at the centre and 100 at the rim; a dimension without data sits at 0. */
    static JFreeChart radar(Component c, Scorecard card) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = c.getTranslation("experience.scores");
        for (Dimension d : Dimension.values()) {
            var score = card.dimension(d).value();
            data.addValue(score == null ? 0 : score.doubleValue(), series, c.getTranslation("experience.dimension." + d));
        }
        SpiderWebPlot plot = new SpiderWebPlot(data);
        plot.setMaxValue(100);
        plot.setStartAngle(90);
        plot.setWebFilled(true);
        plot.setSeriesPaint(0, ChartStyle.PALETTE[0]);
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        return chart;
    }

    static JFreeChart trend(Component c, List<QuarterScore> trend) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (QuarterScore q : trend) {
            add(data, c.getTranslation("experience.tx"), q, q.scorecard().total().value());
            for (Dimension d : List.of(Dimension.PX, Dimension.CX, Dimension.EX)) {
                add(data, c.getTranslation("experience.dimension." + d), q, q.scorecard().dimension(d).value());
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(null, c.getTranslation("experience.period"),
                c.getTranslation("experience.score"), data, PlotOrientation.VERTICAL, true, false, false);
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        axis.setRange(0, 100);
        return chart;
    }

    private static void add(DefaultCategoryDataset data, String series, QuarterScore q, java.math.BigDecimal value) {
        data.addValue(value, series, q.period().toString());
    }
}

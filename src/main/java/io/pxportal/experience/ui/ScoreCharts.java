package io.pxportal.experience.ui;

import com.vaadin.flow.component.Component;
import io.pxportal.experience.Dimension;
import io.pxportal.experience.QuarterScore;
import io.pxportal.experience.ScoreRadar;
import io.pxportal.experience.Scorecard;
import io.pxportal.shared.chart.EmptyChart;
import io.pxportal.shared.ui.Locales;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** The scorecard's charts: the dimensions as a radar, and TX, PX, CX and EX over the quarters. */
final class ScoreCharts {

    private ScoreCharts() {}

    /** One spoke per dimension, 0 at the centre and 100 at the rim; a dimension without data sits at 0. */
    static JFreeChart radar(Component c, Scorecard card) {
        Map<Dimension, BigDecimal> scores = new EnumMap<>(Dimension.class);
        card.dimensions().forEach((d, score) -> scores.put(d, score.value()));
        // The spokes carry the dimensions' codes: a full name such as "Product owner (PX)" is cut off at the
        // chart's side, and the tiles above the chart spell the names out.
        return EmptyChart.saying(
                ScoreRadar.chart(c.getTranslation("experience.scores"), scores, Dimension::name, Locales.of(c)),
                c.getTranslation("empty.chart.radar"));
    }

    static JFreeChart trend(Component c, List<QuarterScore> trend) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (QuarterScore q : trend) {
            add(
                    data,
                    c.getTranslation("experience.tx"),
                    q,
                    q.scorecard().total().value());
            for (Dimension d : List.of(Dimension.PX, Dimension.CX, Dimension.EX)) {
                add(
                        data,
                        c.getTranslation("experience.dimension." + d),
                        q,
                        q.scorecard().dimension(d).value());
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(
                null,
                c.getTranslation("experience.period"),
                c.getTranslation("experience.score"),
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        axis.setRange(0, 100);
        // Eight quarters share the width: level, "Q4 2026" is cut to "…"; turned, every label reads whole.
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return EmptyChart.saying(chart, c.getTranslation("empty.chart.score-trend"));
    }

    private static void add(DefaultCategoryDataset data, String series, QuarterScore q, BigDecimal value) {
        data.addValue(value, series, q.period().label(Locales.current()));
    }
}

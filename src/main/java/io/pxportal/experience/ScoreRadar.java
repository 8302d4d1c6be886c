package io.pxportal.experience;

import io.pxportal.shared.chart.ChartStyle;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The radar of the five dimensions, one spoke each, 0 at the centre and 100 at the rim. Shared by the scorecard
 * view (from a live scorecard) and the steering pack (from an agenda item's frozen figures), so both draw the same
 * chart; the chart is left unstyled for whoever draws it.
 */
public final class ScoreRadar {

    private ScoreRadar() {
    }

    /**
     * A radar of {@code scores} (a dimension missing or null sits at 0, as "no data" has no better place on a
     * radar), with the spokes named by {@code name} and the series called {@code series}.
     */
    public static JFreeChart chart(String series, Map<Dimension, BigDecimal> scores, Function<Dimension, String> name) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Dimension d : Dimension.values()) {
            BigDecimal score = scores.get(d);
            data.addValue(score == null ? 0 : score.doubleValue(), series, name.apply(d));
        }
        SpiderWebPlot plot = new SpiderWebPlot(data);
        plot.setMaxValue(100);
        plot.setStartAngle(90);
        plot.setWebFilled(true);
        plot.setSeriesPaint(0, ChartStyle.PALETTE[0]);
        plot.setOutlineVisible(false);
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    }
}

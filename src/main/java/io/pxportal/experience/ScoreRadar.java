package io.pxportal.experience;

import io.pxportal.shared.chart.ChartStyle;
import io.pxportal.shared.chart.RadarPlot;
import io.pxportal.shared.i18n.Formats;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The radar of the five dimensions, one spoke each, 0 at the centre and 100 at the rim. Shared by the scorecard
 * view (from a live scorecard) and the steering pack (from an agenda item's frozen figures), so both draw the same
 * chart; the chart is left unstyled for whoever draws it. Each spoke is named with its score ("CX 72.4", "MX –" without
 * data) and the web carries its scale (25, 50, 75, 100), so the chart reads without the tiles beside it.
 */
public final class ScoreRadar {

    private ScoreRadar() {}

    /**
     * A radar of {@code scores} (a dimension missing or null sits at 0, as "no data" has no better place on a
     * radar, and its spoke says "–"), with the spokes named by {@code name} and the score in {@code locale}'s
     * format, and the series called {@code series}.
     */
    public static JFreeChart chart(
            String series, Map<Dimension, BigDecimal> scores, Function<Dimension, String> name, Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Dimension d : Dimension.values()) {
            BigDecimal score = scores.get(d);
            data.addValue(
                    score == null ? 0 : score.doubleValue(),
                    series,
                    name.apply(d) + " " + Formats.decimal(score, 1, locale));
        }
        RadarPlot plot = new RadarPlot(data, 100, 25, Formats.numberFormat(locale, 0));
        plot.setStartAngle(90);
        // Room at the sides for the spoke labels ("PX 56.2"): with the default gap a square chart cuts them off.
        plot.setInteriorGap(0.34);
        plot.setWebFilled(true);
        plot.setSeriesPaint(0, ChartStyle.PALETTE[0]);
        plot.setOutlineVisible(false);
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    }
}

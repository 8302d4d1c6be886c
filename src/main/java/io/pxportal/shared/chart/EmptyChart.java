package io.pxportal.shared.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.text.TextUtils;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.general.PieDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * A chart with nothing to plot — no series, or only zeros and gaps — draws a sentence saying what would fill it
 * instead of an axis that reads as a measurement. The sentence rides on the plot's no-data message, so the chart
 * builder (who knows what fills it) sets it and every renderer (UI, SVG, PDF pack) shows it the same way.
 */
public final class EmptyChart {

    private EmptyChart() {}

    /** Sets the sentence an empty chart shows instead of its axes, e.g. "No platforms yet — add platforms …". */
    public static JFreeChart saying(JFreeChart chart, String message) {
        chart.getPlot().setNoDataMessage(message);
        return chart;
    }

    /** The sentence set with {@link #saying}, or null. */
    public static String message(JFreeChart chart) {
        return chart.getPlot().getNoDataMessage();
    }

    /** Whether the chart has nothing to plot: no values, or every value zero or absent. */
    public static boolean isEmpty(JFreeChart chart) {
        return isEmpty(chart.getPlot());
    }

    private static boolean isEmpty(Plot plot) {
        return switch (plot) {
            case CombinedDomainCategoryPlot combined ->
                ChartStyle.subplots(combined).stream().allMatch(sub -> isEmpty((Plot) sub));
            case CombinedDomainXYPlot combined ->
                combined.getSubplots().stream().allMatch(sub -> isEmpty((Plot) sub));
            case CategoryPlot category -> emptyCategories(category);
            case XYPlot xy -> emptyXy(xy);
            case PiePlot<?> pie -> empty(pie.getDataset());
            case SpiderWebPlot web -> empty(web.getDataset());
            default -> false;
        };
    }

    private static boolean emptyCategories(CategoryPlot plot) {
        for (int i = 0; i < plot.getDatasetCount(); i++) {
            if (!empty(plot.getDataset(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean emptyXy(XYPlot plot) {
        for (int i = 0; i < plot.getDatasetCount(); i++) {
            if (!empty(plot.getDataset(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean empty(CategoryDataset data) {
        if (data == null) {
            return true;
        }
        for (int row = 0; row < data.getRowCount(); row++) {
            for (int column = 0; column < data.getColumnCount(); column++) {
                if (nonZero(data.getValue(row, column))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean empty(XYDataset data) {
        if (data == null) {
            return true;
        }
        for (int series = 0; series < data.getSeriesCount(); series++) {
            for (int item = 0; item < data.getItemCount(series); item++) {
                // A heatmap's cells carry their value in z; any cell at all is something to show.
                if (data instanceof XYZDataset || nonZero(data.getY(series, item))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean empty(PieDataset<?> data) {
        if (data == null) {
            return true;
        }
        for (int i = 0; i < data.getItemCount(); i++) {
            if (nonZero(data.getValue(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean nonZero(Number value) {
        return value != null && !Double.isNaN(value.doubleValue()) && value.doubleValue() != 0;
    }

    /**
     * Draws the chart, or for an empty chart only the sentence, centred in the area, wrapped to fit. Text
     * goes through JFreeChart's own text blocks, so the PDF pack shapes it with its embedded font like chart text.
     */
    public static void draw(JFreeChart chart, Graphics2D graphics, Rectangle2D area, String fallbackMessage) {
        if (!isEmpty(chart)) {
            chart.draw(graphics, area);
            return;
        }
        Paint background = chart.getBackgroundPaint();
        if (background != null) {
            graphics.setPaint(background);
            graphics.fill(area);
        }
        String message = message(chart) == null ? fallbackMessage : message(chart);
        if (message == null || message.isBlank()) {
            return;
        }
        Plot plot = chart.getPlot();
        Font font = plot.getNoDataMessageFont();
        float width = (float) area.getWidth() * 0.8f;
        TextBlock block = TextUtils.createTextBlock(
                message, font, plot.getNoDataMessagePaint(), width, new org.jfree.chart.text.G2TextMeasurer(graphics));
        block.draw(graphics, (float) area.getCenterX(), (float) area.getCenterY(), TextBlockAnchor.CENTER);
    }
}

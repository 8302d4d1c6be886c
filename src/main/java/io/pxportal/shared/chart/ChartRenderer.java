package io.pxportal.shared.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Renders a styled chart to SVG, the form the UI shows and the PDF pack reuses. */
public final class ChartRenderer {

    private ChartRenderer() {}

    /** The chart as a standalone SVG document of the given size in pixels; see the four-argument form. */
    public static String toSvg(JFreeChart chart, int width, int height) {
        return toSvg(chart, width, height, null);
    }

    /**
     * The chart as a standalone SVG document of the given size in pixels; an empty chart is drawn as its sentence
     * ({@link EmptyChart}), or {@code emptyMessage} when it has none.
     */
    public static String toSvg(JFreeChart chart, int width, int height, String emptyMessage) {
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        EmptyChart.draw(chart, graphics, new java.awt.geom.Rectangle2D.Double(0, 0, width, height), emptyMessage);
        return graphics.getSVGDocument();
    }
}

package io.pxportal.shared.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Renders a styled chart to SVG, the form the UI shows and the PDF pack reuses. */
public final class ChartRenderer {

    private ChartRenderer() {
    }

    /** The chart as a standalone SVG document of the given size in pixels. */
    public static String toSvg(JFreeChart chart, int width, int height) {
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        chart.draw(graphics, new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
        return graphics.getSVGDocument();
    }
}

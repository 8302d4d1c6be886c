package io.pxportal.governance;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SpiderWebPlot;

/**
 * What the pack adds to a module's chart on paper, where nobody can hover for a tooltip: category labels get
 * the lines they need instead of ending in "…", and a radar gets its scale (rings at a quarter, half, three
 * quarters and all of its maximum, each ring labelled) so a reader can tell 60 from 80.
 */
final class PackCharts {

    private static final int LABEL_LINES = 3;
    private static final float HORIZONTAL_LABEL_SHARE = 0.45f;
    private static final double[] RINGS = {0.25, 0.5, 0.75, 1};

    private PackCharts() {}

    static void fitLabels(JFreeChart chart) {
        fitLabels(chart.getPlot());
    }

    private static void fitLabels(Plot plot) {
        if (plot instanceof CombinedDomainCategoryPlot combined) {
            fit(combined.getDomainAxis(), combined.getOrientation());
            List<?> subplots = combined.getSubplots();
            subplots.forEach(sub -> fitLabels((Plot) sub));
        } else if (plot instanceof CategoryPlot category && category.getDomainAxis() != null) {
            fit(category.getDomainAxis(), category.getOrientation());
        } else if (plot instanceof SpiderWebPlot web) {
            // Room around the web for the spoke names, which the plot draws outside it.
            web.setInteriorGap(0.3);
        }
    }

    private static void fit(CategoryAxis axis, PlotOrientation orientation) {
        axis.setMaximumCategoryLabelLines(LABEL_LINES);
        if (orientation == PlotOrientation.HORIZONTAL) {
            axis.setMaximumCategoryLabelWidthRatio(HORIZONTAL_LABEL_SHARE);
        }
    }

    /**
     * Draws the radar's scale over a chart already drawn; {@code dataArea} is where the plot drew (its rendering
     * info), from which the web's square is found the way {@link SpiderWebPlot} finds it.
     */
    static void scale(SpiderWebPlot plot, Graphics2D graphics, Rectangle2D dataArea, Font font, Color color) {
        int spokes = plot.getDataset() == null ? 0 : plot.getDataset().getColumnCount();
        if (spokes < 3) {
            return;
        }
        double gapWidth = dataArea.getWidth() * plot.getInteriorGap();
        double gapHeight = dataArea.getHeight() * plot.getInteriorGap();
        double half = Math.min(dataArea.getWidth() - gapWidth, dataArea.getHeight() - gapHeight) / 2;
        double centreX = dataArea.getCenterX();
        double centreY = dataArea.getCenterY();
        Rectangle2D web = new Rectangle2D.Double(centreX - half, centreY - half, 2 * half, 2 * half);
        graphics.setStroke(new BasicStroke(0.4f));
        graphics.setFont(font);
        List<String> labels = ringLabels(plot);
        for (int r = 0; r < RINGS.length; r++) {
            double ring = RINGS[r];
            Path2D polygon = new Path2D.Double();
            for (int spoke = 0; spoke < spokes; spoke++) {
                Point2D point = point(plot, web, spoke, spokes, ring);
                if (spoke == 0) {
                    polygon.moveTo(point.getX(), point.getY());
                } else {
                    polygon.lineTo(point.getX(), point.getY());
                }
            }
            polygon.closePath();
            graphics.setPaint(new Color(color.getRed(), color.getGreen(), color.getBlue(), 90));
            graphics.draw(polygon);
            Point2D first = point(plot, web, 0, spokes, ring);
            graphics.setPaint(color);
            graphics.drawString(labels.get(r), (float) first.getX() + 3, (float) first.getY() + font.getSize2D() / 2);
        }
    }

    /** The value of each ring, as its label reads. */
    static List<String> ringLabels(SpiderWebPlot plot) {
        return java.util.Arrays.stream(RINGS)
                .mapToObj(ring -> label(plot.getMaxValue() * ring))
                .toList();
    }

    private static Point2D point(SpiderWebPlot plot, Rectangle2D web, int spoke, int spokes, double length) {
        double angle = Math.toRadians(plot.getStartAngle() + plot.getDirection().getFactor() * spoke * 360.0 / spokes);
        return new Point2D.Double(
                web.getCenterX() + Math.cos(angle) * length * web.getWidth() / 2,
                web.getCenterY() - Math.sin(angle) * length * web.getHeight() / 2);
    }

    private static String label(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}

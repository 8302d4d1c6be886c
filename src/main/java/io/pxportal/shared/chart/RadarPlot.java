package io.pxportal.shared.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.CategoryDataset;

/**
 * A radar with its scale: rings at each step up to the maximum, labelled between the first two spokes, so a point
 * on a spoke reads as a value and not only as a shape. The values themselves go in the spoke labels (the chart
 * builder names each spoke with its value).
 */
public class RadarPlot extends SpiderWebPlot {

    private final double step;
    private final NumberFormat scaleFormat;
    private Paint scalePaint = new Color(0x5A6778);
    private Paint ringPaint = new Color(0xDDE2E8);

    /** A radar of {@code data} from 0 to {@code max}, with a ring and a scale label every {@code step}. */
    public RadarPlot(CategoryDataset data, double max, double step, NumberFormat scaleFormat) {
        super(data);
        this.step = step;
        this.scaleFormat = scaleFormat;
        setMaxValue(max);
    }

    /** The colours of the scale labels and rings (the theme's muted text and grid colours). */
    public void setScalePaints(Paint labels, Paint rings) {
        this.scalePaint = labels;
        this.ringPaint = rings;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        Rectangle2D inner = (Rectangle2D) area.clone();
        getInsets().trim(inner);
        super.draw(g2, area, anchor, parentState, info);
        int spokes = getDataset() == null ? 0 : getDataset().getColumnCount();
        if (spokes < 3) {
            return;
        }
        Rectangle2D radar = radarArea(inner);
        Stroke stroke = g2.getStroke();
        Paint paint = g2.getPaint();
        Font font = g2.getFont();
        g2.setStroke(new BasicStroke(0.75f));
        g2.setFont(getLabelFont()
                .deriveFont(Font.PLAIN, Math.max(11f, getLabelFont().getSize2D() - 1)));
        for (double value = step; value <= getMaxValue() + 1e-9; value += step) {
            Path2D ring = new Path2D.Double();
            for (int cat = 0; cat <= spokes; cat++) {
                Point2D p = getWebPoint(radar, angle(cat % spokes, spokes), value / getMaxValue());
                if (cat == 0) {
                    ring.moveTo(p.getX(), p.getY());
                } else {
                    ring.lineTo(p.getX(), p.getY());
                }
            }
            g2.setPaint(ringPaint);
            g2.draw(ring);
            // On the ring, halfway between the first two spokes: clear of the spokes and of the first spoke's label.
            double between = Math.cos(Math.PI / spokes);
            Point2D label =
                    getWebPoint(radar, (angle(0, spokes) + angle(1, spokes)) / 2, between * value / getMaxValue());
            String text = scaleFormat.format(value);
            g2.setPaint(scalePaint);
            g2.drawString(text, (float) (label.getX() - g2.getFontMetrics().stringWidth(text) / 2.0), (float)
                    (label.getY() + g2.getFontMetrics().getAscent() / 2.0));
        }
        g2.setStroke(stroke);
        g2.setPaint(paint);
        g2.setFont(font);
    }

    private double angle(int cat, int spokes) {
        return getStartAngle() + getDirection().getFactor() * cat * 360.0 / spokes;
    }

    /** The square the web is drawn in, computed as {@link SpiderWebPlot#draw} does. */
    private Rectangle2D radarArea(Rectangle2D area) {
        double gapHorizontal = area.getWidth() * getInteriorGap();
        double gapVertical = area.getHeight() * getInteriorGap();
        double x = area.getX() + gapHorizontal / 2;
        double y = area.getY() + gapVertical / 2;
        double w = area.getWidth() - gapHorizontal;
        double h = area.getHeight() - gapVertical;
        double min = Math.min(w, h) / 2;
        x = (x + x + w) / 2 - min;
        y = (y + y + h) / 2 - min;
        return new Rectangle2D.Double(x, y, 2 * min, 2 * min);
    }
}

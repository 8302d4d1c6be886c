package io.pxportal.shared.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look every portal chart shares: the UI's sans-serif font, the Okabe–Ito colour-blind-safe palette,
 * no grey plot background, flat bars, and a light and a dark variant that match Lumo.
 */
public final class ChartStyle {

    /** Okabe & Ito (2008), distinguishable with the common colour-vision deficiencies; black left out. */
    public static final Color[] PALETTE = {
        new Color(0x0072B2),
        new Color(0xE69F00),
        new Color(0x009E73),
        new Color(0xCC79A7),
        new Color(0x56B4E9),
        new Color(0xD55E00),
        new Color(0xF0E442)
    };

    private static final String FONT = Font.SANS_SERIF;

    private ChartStyle() {}

    /** Applies the portal theme to a chart, light or dark. */
    public static void apply(JFreeChart chart, boolean dark) {
        apply(chart, dark, FONT);
    }

    /**
     * Applies the portal theme with the given font family: the PDF pack draws text as shapes with the font it
     * embeds, so its charts must not depend on the fonts the server happens to have.
     */
    public static void apply(JFreeChart chart, boolean dark, String fontFamily) {
        theme(dark, fontFamily).apply(chart);
        // What an empty chart says instead of its axes (EmptyChart) reads as body text, not as a faint caption.
        chart.getPlot().setNoDataMessageFont(new Font(fontFamily, Font.PLAIN, 14));
        chart.getPlot().setNoDataMessagePaint(dark ? new Color(0xE6EAF0) : new Color(0x1A2636));
        if (chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot plot
                && plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setDrawBarOutline(false);
            bars.setItemMargin(0.05);
        }
        if (chart.getPlot() instanceof RadarPlot radar) {
            radar.setScalePaints(
                    dark ? new Color(0xA0AAB8) : new Color(0x5A6778), dark ? new Color(0x3A4452) : new Color(0xDDE2E8));
        }
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
    }

    /**
     * Writes the chart's number axes in the reader's locale (decimal separator, Latin digits in Arabic) where the
     * chart builder did not set a format of its own; JFreeChart would use the server's locale.
     */
    public static void localize(JFreeChart chart, java.util.Locale locale) {
        localize(chart.getPlot(), locale);
    }

    private static void localize(org.jfree.chart.plot.Plot plot, java.util.Locale locale) {
        switch (plot) {
            case org.jfree.chart.plot.CombinedDomainCategoryPlot combined ->
                subplots(combined).forEach(p -> localize((org.jfree.chart.plot.Plot) p, locale));
            case org.jfree.chart.plot.CombinedDomainXYPlot combined ->
                combined.getSubplots().forEach(p -> localize((org.jfree.chart.plot.Plot) p, locale));
            case org.jfree.chart.plot.CategoryPlot category -> {
                for (int i = 0; i < category.getRangeAxisCount(); i++) {
                    number(category.getRangeAxis(i), locale);
                }
            }
            case org.jfree.chart.plot.XYPlot xy -> {
                for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                    number(xy.getRangeAxis(i), locale);
                }
                for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                    number(xy.getDomainAxis(i), locale);
                }
            }
            default -> {}
        }
    }

    /** A combined category plot's subplots: JFreeChart hands them out as a raw list. */
    static java.util.List<?> subplots(org.jfree.chart.plot.CombinedDomainCategoryPlot combined) {
        return combined.getSubplots();
    }

    private static void number(org.jfree.chart.axis.ValueAxis axis, java.util.Locale locale) {
        if (axis instanceof org.jfree.chart.axis.NumberAxis numbers
                && !(axis instanceof org.jfree.chart.axis.SymbolAxis)
                && numbers.getNumberFormatOverride() == null) {
            numbers.setNumberFormatOverride(io.pxportal.shared.i18n.Formats.numberFormat(locale));
        }
    }

    static StandardChartTheme theme(boolean dark) {
        return theme(dark, FONT);
    }

    private static StandardChartTheme theme(boolean dark, String family) {
        Color text = dark ? new Color(0xE6EAF0) : new Color(0x1A2636);
        Color muted = dark ? new Color(0xA0AAB8) : new Color(0x5A6778);
        Color grid = dark ? new Color(0x3A4452) : new Color(0xDDE2E8);
        Color background = dark ? new Color(0x1E2530) : Color.WHITE;

        StandardChartTheme theme = new StandardChartTheme("px-portal-" + (dark ? "dark" : "light"));
        theme.setExtraLargeFont(new Font(family, Font.BOLD, 16));
        theme.setLargeFont(new Font(family, Font.BOLD, 13));
        theme.setRegularFont(new Font(family, Font.PLAIN, 12));
        theme.setSmallFont(new Font(family, Font.PLAIN, 11));
        theme.setTitlePaint(text);
        theme.setSubtitlePaint(muted);
        theme.setChartBackgroundPaint(background);
        theme.setPlotBackgroundPaint(background);
        theme.setLegendBackgroundPaint(background);
        theme.setLegendItemPaint(text);
        theme.setAxisLabelPaint(text);
        theme.setTickLabelPaint(muted);
        theme.setItemLabelPaint(text);
        theme.setDomainGridlinePaint(grid);
        theme.setRangeGridlinePaint(grid);
        theme.setPlotOutlinePaint(background);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.setDrawingSupplier(new DefaultDrawingSupplier(
                PALETTE.clone(),
                PALETTE.clone(),
                new Paint[] {muted},
                new java.awt.Stroke[] {new BasicStroke(2f)},
                new java.awt.Stroke[] {new BasicStroke(1f)},
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        return theme;
    }
}

package io.pxportal.roadmap;

import io.pxportal.shared.i18n.Formats;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The heatmap of platforms × objectives: each block is the objective's coverage for the platform (0–100 %), also
 * written in the block, so the colour is never the only cue. The colours are the cividis scale, which reads the
 * same with the common colour-vision deficiencies and on light and dark backgrounds. An objective no item was rated
 * for is a grey block saying "not rated" — off the scale, so it never reads as a measured 0 %. Under the chart a
 * key spells out the objective codes (A11Y, SELF …). One drawing for the steering view (live scores) and the
 * steering pack (the agenda's figures, frozen when the review closed).
 */
public final class FitHeatmapChart {

    /** Cividis at 0, 20, 40, 60, 80 and 100 %. */
    static final Color[] CIVIDIS = {
        new Color(0x00224E),
        new Color(0x35456C),
        new Color(0x666970),
        new Color(0x948E77),
        new Color(0xC8B866),
        new Color(0xFEE838)
    };

    /** The block of an objective nobody rated: a light grey no step of cividis comes near. */
    static final Color NOT_RATED = new Color(0xE4E4E4);

    /** Below the scale, so the paint scale gives the not-rated grey. */
    private static final double NOT_RATED_VALUE = -1;

    /** One platform: its label (name and fit) and its coverage 0–1 per column, in the columns' order; null: not rated. */
    public record Row(String label, List<BigDecimal> coverage) {

        public Row {
            coverage = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(coverage));
        }
    }

    /**
     * The chart's words in the reader's language: the legend's title, what a not-rated block says, and the full
     * name of each column code for the key (a code without a name is left out of the key).
     */
    public record Labels(Locale locale, String coverage, String notRated, Map<String, String> columnNames) {

        public Labels {
            columnNames = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columnNames));
        }
    }

    private FitHeatmapChart() {}

    /** The steering view's heatmap of a quarter: the weighted objectives by code, the platforms with their fit. */
    public static JFreeChart build(Heatmap heatmap, String coverageLabel, String notRatedLabel, Locale locale) {
        List<Row> rows = heatmap.rows().stream()
                .map(r -> new Row(
                        label(r.platform().name(), r.fit().score(), locale),
                        heatmap.objectives().stream().map(o -> coverage(r, o)).toList()))
                .toList();
        Map<String, String> names = heatmap.objectives().stream()
                .collect(Collectors.toMap(ObjectiveRef::code, ObjectiveRef::name, (a, b) -> a, LinkedHashMap::new));
        return build(
                heatmap.objectives().stream().map(ObjectiveRef::code).toList(),
                rows,
                new Labels(locale, coverageLabel, notRatedLabel, names));
    }

    /** A platform's row label: its name and its fit (one decimal, – without one). */
    public static String label(String platform, BigDecimal fit, Locale locale) {
        return platform + " (" + Formats.decimal(fit, 1, locale) + ")";
    }

    /** Platforms × columns; {@code coverage} of each row in the columns' order (a missing or null value: not rated). */
    public static JFreeChart build(List<String> columns, List<Row> rows, Labels labels) {
        int cells = columns.size() * rows.size();
        double[][] data = new double[3][cells];
        XYPlot plot = new XYPlot();
        int i = 0;
        for (int y = 0; y < rows.size(); y++) {
            for (int x = 0; x < columns.size(); x++) {
                List<BigDecimal> values = rows.get(y).coverage();
                BigDecimal coverage = x < values.size() ? values.get(x) : null;
                data[0][i] = x;
                data[1][i] = y;
                data[2][i] = coverage == null ? NOT_RATED_VALUE : coverage.doubleValue();
                plot.addAnnotation(
                        coverage == null
                                ? new CellLabel(labels.notRated(), x, y, Color.BLACK)
                                : new CellLabel(
                                        Formats.share(coverage, labels.locale()),
                                        x,
                                        y,
                                        coverage.doubleValue() >= 0.6 ? Color.BLACK : Color.WHITE));
                i++;
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("coverage", data);
        SymbolAxis xAxis = new SymbolAxis(null, columns.toArray(String[]::new));
        xAxis.setGridBandsVisible(false);
        SymbolAxis yAxis = new SymbolAxis(null, rows.stream().map(Row::label).toArray(String[]::new));
        yAxis.setGridBandsVisible(false);
        yAxis.setInverted(true);
        LookupPaintScale scale = new LookupPaintScale(0, 1.0001, NOT_RATED);
        for (int step = 0; step < CIVIDIS.length; step++) {
            scale.add(step / (double) CIVIDIS.length, CIVIDIS[step]);
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        plot.setDataset(dataset);
        plot.setDomainAxis(xAxis);
        plot.setRangeAxis(yAxis);
        plot.setRenderer(renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.addSubtitle(legend(scale, labels));
        addColumnKey(chart, columns, labels);
        return chart;
    }

    /** The colour scale beside the blocks, read as coverage from 0 to 100 %. */
    private static PaintScaleLegend legend(LookupPaintScale scale, Labels labels) {
        NumberAxis legendAxis = new NumberAxis(labels.coverage());
        legendAxis.setRange(0, 1);
        legendAxis.setNumberFormatOverride(Formats.shareFormat(labels.locale()));
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 12, 4, 4);
        legend.setStripWidth(12);
        return legend;
    }

    /** Below the chart, the columns' full names for their short labels (none when there are none). */
    private static void addColumnKey(JFreeChart chart, List<String> columns, Labels labels) {
        String key = columns.stream()
                .filter(c -> labels.columnNames().containsKey(c))
                .map(c -> c + ": " + labels.columnNames().get(c))
                .collect(Collectors.joining(" · "));
        if (!key.isEmpty()) {
            TextTitle names = new TextTitle(key);
            names.setPosition(RectangleEdge.BOTTOM);
            names.setHorizontalAlignment(HorizontalAlignment.LEFT);
            names.setMargin(8, 4, 0, 4);
            chart.addSubtitle(names);
        }
    }

    /** A block's percentage, in the colour that contrasts with the block (the portal theme must not repaint it). */
    private static final class CellLabel extends XYTextAnnotation {

        private final boolean locked;

        CellLabel(String text, double x, double y, Color paint) {
            super(text, x, y);
            super.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            super.setPaint(paint);
            locked = true;
        }

        @Override
        public void setPaint(java.awt.Paint paint) {
            if (!locked) {
                super.setPaint(paint);
            }
        }

        @Override
        public void setFont(Font font) {
            if (!locked) {
                super.setFont(font);
            }
        }
    }

    private static BigDecimal coverage(PlatformFit row, ObjectiveRef objective) {
        return row.fit().objectives().stream()
                .filter(o -> o.objectiveId().equals(objective.id()))
                .findFirst()
                .filter(ObjectiveFit::rated)
                .map(ObjectiveFit::coverage)
                .orElse(null);
    }
}

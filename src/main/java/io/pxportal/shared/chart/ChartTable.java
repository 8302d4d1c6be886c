package io.pxportal.shared.chart;

import io.pxportal.shared.i18n.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.general.PieDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * A chart's figures as a table — the text alternative a screen reader reads instead of the picture (and anyone who
 * wants the exact values). Read from the chart's own data, so it never disagrees with what is drawn: series ×
 * categories for bar and line charts, one row per point for time charts, the spokes of a radar, the blocks of a
 * heatmap as written in them.
 */
public record ChartTable(List<String> header, List<List<String>> rows) {

    public ChartTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The chart's figures in {@code locale}; an empty table for a chart kind it cannot read. */
    public static ChartTable of(JFreeChart chart, Locale locale) {
        return of(chart.getPlot(), locale);
    }

    private static ChartTable of(Plot plot, Locale locale) {
        return switch (plot) {
            case CombinedDomainCategoryPlot combined ->
                merge(ChartStyle.subplots(combined).stream()
                        .map(p -> of((Plot) p, locale))
                        .toList());
            case CombinedDomainXYPlot combined ->
                merge(combined.getSubplots().stream()
                        .map(p -> of((Plot) p, locale))
                        .toList());
            case CategoryPlot category -> categories(category, locale);
            case XYPlot xy when xy.getDataset() instanceof XYZDataset -> blocks(xy);
            case XYPlot xy -> points(xy, locale);
            case SpiderWebPlot web -> categories(web.getDataset(), locale);
            case PiePlot<?> pie -> slices(pie.getDataset(), locale);
            default -> new ChartTable(List.of(), List.of());
        };
    }

    private static ChartTable categories(CategoryPlot plot, Locale locale) {
        List<ChartTable> tables = new ArrayList<>();
        for (int i = 0; i < plot.getDatasetCount(); i++) {
            if (plot.getDataset(i) != null) {
                tables.add(categories(plot.getDataset(i), locale));
            }
        }
        return merge(tables);
    }

    /** Columns: the categories; one row per series. */
    private static ChartTable categories(CategoryDataset data, Locale locale) {
        if (data == null) {
            return new ChartTable(List.of(), List.of());
        }
        List<String> header = new ArrayList<>();
        header.add("");
        for (int column = 0; column < data.getColumnCount(); column++) {
            header.add(String.valueOf(data.getColumnKey(column)));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int row = 0; row < data.getRowCount(); row++) {
            List<String> cells = new ArrayList<>();
            cells.add(String.valueOf(data.getRowKey(row)));
            for (int column = 0; column < data.getColumnCount(); column++) {
                cells.add(value(data.getValue(row, column), locale));
            }
            rows.add(cells);
        }
        return new ChartTable(header, rows);
    }

    /** A heatmap: rows and columns by the axes' names, each cell as the chart writes it in its block. */
    private static ChartTable blocks(XYPlot plot) {
        if (!(plot.getDomainAxis() instanceof SymbolAxis columns)
                || !(plot.getRangeAxis() instanceof SymbolAxis rows)) {
            return new ChartTable(List.of(), List.of());
        }
        Map<String, String> written = new LinkedHashMap<>();
        for (XYAnnotation annotation : plot.getAnnotations()) {
            if (annotation instanceof XYTextAnnotation text) {
                written.put((int) text.getX() + ":" + (int) text.getY(), text.getText());
            }
        }
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(List.of(columns.getSymbols()));
        List<List<String>> body = new ArrayList<>();
        for (int y = 0; y < rows.getSymbols().length; y++) {
            List<String> cells = new ArrayList<>();
            cells.add(rows.getSymbols()[y]);
            for (int x = 0; x < columns.getSymbols().length; x++) {
                cells.add(written.getOrDefault(x + ":" + y, ""));
            }
            body.add(cells);
        }
        return new ChartTable(header, body);
    }

    /** Time or number on x: one row per x, one column per series. */
    private static ChartTable points(XYPlot plot, Locale locale) {
        boolean dates = plot.getDomainAxis() instanceof DateAxis;
        List<String> header = new ArrayList<>();
        header.add(
                plot.getDomainAxis() == null || plot.getDomainAxis().getLabel() == null
                        ? ""
                        : plot.getDomainAxis().getLabel());
        Map<Double, List<String>> byX = new java.util.TreeMap<>();
        int columns = 0;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            if (data == null) {
                continue;
            }
            for (int series = 0; series < data.getSeriesCount(); series++) {
                header.add(String.valueOf(data.getSeriesKey(series)));
                for (int item = 0; item < data.getItemCount(series); item++) {
                    List<String> row = byX.computeIfAbsent(data.getXValue(series, item), x -> new ArrayList<>());
                    while (row.size() < columns) {
                        row.add("");
                    }
                    row.add(value(data.getY(series, item), locale));
                }
                columns++;
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<Double, List<String>> e : byX.entrySet()) {
            List<String> row = new ArrayList<>();
            row.add(
                    dates
                            ? Formats.date(
                                    LocalDate.ofInstant(
                                            Instant.ofEpochMilli(e.getKey().longValue()), ZoneId.systemDefault()),
                                    locale)
                            : Formats.number(e.getKey(), locale));
            row.addAll(e.getValue());
            while (row.size() < columns + 1) {
                row.add("");
            }
            rows.add(row);
        }
        return new ChartTable(header, rows);
    }

    private static ChartTable slices(PieDataset<?> data, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        if (data != null) {
            for (int i = 0; i < data.getItemCount(); i++) {
                rows.add(List.of(String.valueOf(data.getKey(i)), value(data.getValue(i), locale)));
            }
        }
        return new ChartTable(List.of("", ""), rows);
    }

    /** Tables of a chart's parts one under the other, under the widest header. */
    private static ChartTable merge(List<ChartTable> tables) {
        List<String> header = tables.stream()
                .map(ChartTable::header)
                .max(java.util.Comparator.comparingInt(List::size))
                .orElse(List.of());
        return new ChartTable(
                header, tables.stream().flatMap(t -> t.rows().stream()).toList());
    }

    private static String value(Number number, Locale locale) {
        return number == null || Double.isNaN(number.doubleValue()) ? "–" : Formats.number(number, locale);
    }

    /** The figures as lines of text ("Series: category value, …"), for an aria description or a test. */
    public String asText() {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            text.append(row.getFirst()).append(':');
            for (int i = 1; i < row.size(); i++) {
                String head = i < header.size() ? header.get(i) : "";
                text.append(i == 1 ? " " : ", ")
                        .append(head.isEmpty() ? "" : head + " ")
                        .append(row.get(i));
            }
            text.append('\n');
        }
        return text.toString();
    }
}

package io.pxportal.licensing;

import io.pxportal.shared.agenda.AgendaChart;
import io.pxportal.shared.agenda.AgendaChartSource;
import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

/**
 * The licence position in the steering pack: per platform, the utilisation of each pool that is short or
 * forecast to run short, against the 100 % line of what the contract allows. Drawn from the agenda items'
 * figures, so a closed review shows the utilisation it was closed with.
 */
@Component
class LicenceAgendaCharts implements AgendaChartSource {

    private static final String STATUS = "agenda.licences.status";
    private static final String UTILISATION = "agenda.licences.utilisation";
    private static final List<String> SHORT = List.of(
            "licence.status." + LicencePosition.Status.SHORTFALL.name(),
            "licence.status." + LicencePosition.Status.FORECAST_SHORTFALL.name());

    @Override
    public String section() {
        return LicenceAgenda.SECTION;
    }

    @Override
    public List<AgendaChart> charts(List<AgendaItem> items, Context context) {
        Map<Long, DefaultCategoryDataset> byPlatform = new LinkedHashMap<>();
        String series = context.translate().apply(UTILISATION);
        for (AgendaItem item : items) {
            Optional<BigDecimal> utilisation = figure(item, UTILISATION).map(BigDecimal::new);
            boolean isShort = figure(item, STATUS).filter(SHORT::contains).isPresent();
            if (!isShort || utilisation.isEmpty()) {
                continue;
            }
            DefaultCategoryDataset data =
                    byPlatform.computeIfAbsent(item.platformId(), id -> new DefaultCategoryDataset());
            String pool = pool(item);
            // Two pools of the same product on one platform (e.g. two contracts) must not overwrite each other.
            data.addValue(
                    utilisation.get(),
                    series,
                    data.getColumnKeys().contains(pool) ? pool + " #" + item.subjectId() : pool);
        }
        List<AgendaChart> charts = new ArrayList<>();
        byPlatform.forEach((platformId, data) -> {
            String title = context.platformName(platformId) + " · " + series + " (%)";
            charts.add(new AgendaChart(platformId, title, chart(data, series)));
        });
        return charts;
    }

    /** The dataset's column keys: JFreeChart hands them out as a raw list. */
    private static List<?> columnKeys(DefaultCategoryDataset data) {
        return data.getColumnKeys();
    }

    private static JFreeChart chart(DefaultCategoryDataset data, String axis) {
        JFreeChart chart = ChartFactory.createBarChart(
                null, null, axis + " (%)", data, PlotOrientation.HORIZONTAL, false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        ValueMarker full = new ValueMarker(100, new Color(0xD55E00), new BasicStroke(2f));
        plot.addRangeMarker(full);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        plot.getRangeAxis().setLowerBound(0);
        double highest = data.getRowCount() == 0
                ? 100
                : columnKeys(data).stream()
                        .mapToDouble(c -> data.getValue(0, data.getColumnIndex((Comparable<?>) c))
                                .doubleValue())
                        .max()
                        .orElse(100);
        plot.getRangeAxis().setUpperBound(Math.max(110, highest * 1.1));
        return chart;
    }

    /** The pool's name without the platform, which the chart's title already gives. */
    private static String pool(AgendaItem item) {
        int cut = item.title().lastIndexOf(" · ");
        return cut > 0 ? item.title().substring(0, cut) : item.title();
    }

    private static Optional<String> figure(AgendaItem item, String labelKey) {
        return item.figures().stream()
                .filter(f -> f.labelKey().equals(labelKey))
                .map(AgendaFigure::value)
                .filter(v -> !v.isEmpty())
                .findFirst();
    }
}

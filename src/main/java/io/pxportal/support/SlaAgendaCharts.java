package io.pxportal.support;

import io.pxportal.shared.agenda.AgendaChart;
import io.pxportal.shared.agenda.AgendaChartSource;
import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

/**
 * SLA compliance in the steering pack: per platform, response and resolution compliance side by side against the
 * target line. Drawn from the compliance items' figures only, so a closed review shows what it was closed with,
 * target included.
 */
@Component
class SlaAgendaCharts implements AgendaChartSource {

    static final String CHART = "agenda.sla.chart";

    @Override
    public String section() {
        return SlaAgenda.SECTION;
    }

    @Override
    public List<AgendaChart> charts(List<AgendaItem> items, Context context) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String response = context.translate().apply(SlaAgenda.RESPONSE);
        String resolution = context.translate().apply(SlaAgenda.RESOLUTION);
        BigDecimal target = null;
        for (AgendaItem item : items) {
            if (!SlaAgenda.COMPLIANCE_SUBJECT.equals(item.subjectType())) {
                continue;
            }
            Optional<BigDecimal> responded = figure(item, SlaAgenda.RESPONSE);
            Optional<BigDecimal> resolved = figure(item, SlaAgenda.RESOLUTION);
            if (responded.isEmpty() && resolved.isEmpty()) {
                continue;
            }
            String platform = context.platformName(item.platformId());
            data.addValue(responded.orElse(null), response, platform);
            data.addValue(resolved.orElse(null), resolution, platform);
            target = figure(item, SlaAgenda.TARGET).orElse(target);
        }
        if (data.getColumnCount() == 0) {
            return List.of();
        }
        String title = context.translate().apply(CHART) + " (%)";
        return List.of(new AgendaChart(null, title, chart(data, target)));
    }

    private static JFreeChart chart(DefaultCategoryDataset data, BigDecimal target) {
        // Horizontal, so that platform names are read whole.
        JFreeChart chart =
                ChartFactory.createBarChart(null, null, "%", data, PlotOrientation.HORIZONTAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        if (target != null) {
            plot.addRangeMarker(new ValueMarker(target.doubleValue(), new Color(0xD55E00), new BasicStroke(2f)));
        }
        plot.getRangeAxis().setRange(0, 100);
        return chart;
    }

    private static Optional<BigDecimal> figure(AgendaItem item, String labelKey) {
        return item.figures().stream()
                .filter(f -> f.labelKey().equals(labelKey))
                .map(AgendaFigure::value)
                .filter(v -> !v.isEmpty())
                .findFirst()
                .map(BigDecimal::new);
    }
}

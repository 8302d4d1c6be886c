package io.pxportal.finance;

import io.pxportal.shared.agenda.AgendaChart;
import io.pxportal.shared.agenda.AgendaChartSource;
import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

/**
 * Spend vs budget in the steering pack: one bar chart over the review's platforms with each platform's budget,
 * actual and committed side by side, in the reporting currency. Drawn from the agenda items' figures only, so a
 * closed review shows the amounts it was closed with.
 */
@Component
class FinanceAgendaCharts implements AgendaChartSource {

    private static final List<String> SERIES =
            List.of(FinanceAgenda.BUDGET, FinanceAgenda.ACTUAL, FinanceAgenda.COMMITTED);

    @Override
    public String section() {
        return FinanceAgenda.SECTION;
    }

    @Override
    public List<AgendaChart> charts(List<AgendaItem> items, Context context) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String currency = null;
        for (AgendaItem item : items) {
            String platform = context.platformName(item.platformId());
            for (String series : SERIES) {
                Optional<AgendaFigure> figure = figure(item, series);
                if (figure.isPresent()) {
                    data.addValue(
                            new BigDecimal(figure.get().value()),
                            context.translate().apply(series),
                            platform);
                    currency = currency == null ? figure.get().unit() : currency;
                }
            }
        }
        if (data.getColumnCount() == 0) {
            return List.of();
        }
        String title = context.translate().apply("agenda.section.budget") + " (" + currency + ")";
        JFreeChart chart =
                ChartFactory.createBarChart(null, null, currency, data, PlotOrientation.VERTICAL, true, false, false);
        return List.of(new AgendaChart(null, title, chart));
    }

    private static Optional<AgendaFigure> figure(AgendaItem item, String labelKey) {
        // Only amounts are drawn: a platform without a budget has a "no budget" text there, not a bar of zero.
        return item.figures().stream()
                .filter(f ->
                        f.labelKey().equals(labelKey) && !f.value().isEmpty() && f.kind() == AgendaFigure.Kind.MONEY)
                .findFirst();
    }
}

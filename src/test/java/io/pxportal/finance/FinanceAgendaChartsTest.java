package io.pxportal.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.shared.agenda.AgendaChart;
import io.pxportal.shared.agenda.AgendaChartSource;
import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class FinanceAgendaChartsTest {

    private static AgendaItem item(long platformId, String budget, String actual, String committed) {
        return new AgendaItem(
                FinanceAgenda.SUBJECT,
                platformId,
                platformId,
                "P" + platformId,
                List.of(
                        AgendaFigure.money(FinanceAgenda.BUDGET, new BigDecimal(budget), "EUR"),
                        AgendaFigure.money(FinanceAgenda.ACTUAL, new BigDecimal(actual), "EUR"),
                        AgendaFigure.money(FinanceAgenda.COMMITTED, new BigDecimal(committed), "EUR"),
                        AgendaFigure.money(FinanceAgenda.FORECAST_5, new BigDecimal("9999999"), "EUR")),
                true);
    }

    @Test
    void one_chart_of_budget_actual_and_committed_per_platform_from_the_items_figures() {
        AgendaChartSource.Context context = new AgendaChartSource.Context(
                Locale.ENGLISH,
                key -> key.substring(key.lastIndexOf('.') + 1),
                Map.of(10L, "Exstream", 20L, "Inspire"));

        List<AgendaChart> charts = new FinanceAgendaCharts()
                .charts(
                        List.of(item(10, "775000", "610000.50", "240000"), item(20, "470000", "300000", "100000")),
                        context);

        assertThat(charts).singleElement().satisfies(chart -> {
            assertThat(chart.platformId()).isNull();
            assertThat(chart.title()).isEqualTo("budget (EUR)");
            CategoryDataset data = chart.chart().getCategoryPlot().getDataset();
            assertThat(data.getRowKeys().toArray()).containsExactly("budget", "actual", "committed");
            assertThat(data.getColumnKeys().toArray()).containsExactly("Exstream", "Inspire");
            assertThat(data.getValue("actual", "Exstream").doubleValue()).isEqualTo(610000.50);
            assertThat(data.getValue("committed", "Inspire").doubleValue()).isEqualTo(100000);
        });
    }

    @Test
    void no_items_no_chart() {
        assertThat(new FinanceAgendaCharts()
                        .charts(List.of(), new AgendaChartSource.Context(Locale.ENGLISH, k -> k, Map.of())))
                .isEmpty();
    }
}

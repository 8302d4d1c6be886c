package io.pxportal.licensing;

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

class LicenceAgendaChartsTest {

    private static AgendaItem item(long id, long platformId, String title, String status, String utilisation) {
        return new AgendaItem(
                LicenceAgenda.SUBJECT,
                id,
                platformId,
                title,
                List.of(
                        AgendaFigure.message("agenda.licences.status", "licence.status." + status),
                        AgendaFigure.percent("agenda.licences.utilisation", new BigDecimal(utilisation))),
                true);
    }

    @Test
    void one_chart_per_platform_with_the_utilisation_of_its_short_pools_from_the_items_figures() {
        List<AgendaItem> items = List.of(
                item(1, 10, "Designer · Inspire", "SHORTFALL", "115"),
                item(2, 10, "Interactive · Inspire", "FORECAST_SHORTFALL", "96.5"),
                item(3, 10, "Batch · Inspire", "WITHIN", "60"),
                item(4, 20, "Engine · Exstream", "WITHIN", "40"),
                item(5, 10, "Designer · Inspire", "SHORTFALL", "130"));
        AgendaChartSource.Context context = new AgendaChartSource.Context(
                Locale.ENGLISH, key -> "Utilisation", Map.of(10L, "Inspire", 20L, "Exstream"));

        List<AgendaChart> charts = new LicenceAgendaCharts().charts(items, context);

        assertThat(charts).singleElement().satisfies(chart -> {
            assertThat(chart.platformId()).isEqualTo(10L);
            assertThat(chart.title()).isEqualTo("Inspire · Utilisation (%)");
            CategoryDataset data = chart.chart().getCategoryPlot().getDataset();
            assertThat(data.getColumnKeys().toArray()).containsExactly("Designer", "Interactive", "Designer #5");
            assertThat(data.getValue(0, 0).doubleValue()).isEqualTo(115);
            assertThat(data.getValue(0, 1).doubleValue()).isEqualTo(96.5);
            assertThat(data.getValue(0, 2).doubleValue()).isEqualTo(130);
        });
    }
}

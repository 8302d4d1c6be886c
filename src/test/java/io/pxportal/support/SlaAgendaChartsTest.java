package io.pxportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.shared.agenda.AgendaChart;
import io.pxportal.shared.agenda.AgendaChartSource;
import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class SlaAgendaChartsTest {

    private static final AgendaChartSource.Context CONTEXT = new AgendaChartSource.Context(
            Locale.ENGLISH,
            key -> switch (key) {
                case SlaAgenda.RESPONSE -> "Response";
                case SlaAgenda.RESOLUTION -> "Resolution";
                case SlaAgendaCharts.CHART -> "SLA";
                default -> "?";
            },
            Map.of(10L, "Inspire", 20L, "Exstream", 30L, "Quiet"));

    private static AgendaItem compliance(long platformId, String response, String resolution, String target) {
        return new AgendaItem(
                SlaAgenda.COMPLIANCE_SUBJECT,
                platformId,
                platformId,
                "p · 2026-Q3",
                List.of(
                        AgendaFigure.percent(SlaAgenda.RESPONSE, response == null ? null : new BigDecimal(response)),
                        AgendaFigure.percent(
                                SlaAgenda.RESOLUTION, resolution == null ? null : new BigDecimal(resolution)),
                        AgendaFigure.percent(SlaAgenda.TARGET, new BigDecimal(target)),
                        AgendaFigure.number(SlaAgenda.BREACHED, BigDecimal.ONE)),
                true);
    }

    @Test
    void response_and_resolution_bars_per_platform_against_the_frozen_target_line() {
        List<AgendaItem> items = List.of(
                compliance(10, "97.5", "81.2", "90"),
                compliance(20, "100.0", null, "90"),
                compliance(30, null, null, "90"),
                // uptime and credit items carry no compliance: they are not drawn
                new AgendaItem(
                        SlaAgenda.UPTIME_SUBJECT,
                        20L,
                        20L,
                        "Exstream · 2026-09",
                        List.of(
                                AgendaFigure.percent(SlaAgenda.UPTIME, new BigDecimal("94.4")),
                                AgendaFigure.percent(SlaAgenda.TARGET, new BigDecimal("99.9"))),
                        false));

        List<AgendaChart> charts = new SlaAgendaCharts().charts(items, CONTEXT);

        assertThat(charts).singleElement().satisfies(chart -> {
            assertThat(chart.platformId()).isNull();
            assertThat(chart.title()).isEqualTo("SLA (%)");
            CategoryPlot plot = chart.chart().getCategoryPlot();
            CategoryDataset data = plot.getDataset();
            assertThat(data.getRowKeys().toArray()).containsExactly("Response", "Resolution");
            assertThat(data.getColumnKeys().toArray()).containsExactly("Inspire", "Exstream");
            assertThat(data.getValue("Response", "Inspire").doubleValue()).isEqualTo(97.5);
            assertThat(data.getValue("Resolution", "Inspire").doubleValue()).isEqualTo(81.2);
            assertThat(data.getValue("Resolution", "Exstream")).isNull();
            // the target the review was frozen with (90), not today's constant
            assertThat(List.of(plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)
                            .toArray()))
                    .singleElement()
                    .satisfies(m -> assertThat(((ValueMarker) m).getValue()).isEqualTo(90));
        });
    }

    @Test
    void nothing_to_draw_without_compliance_figures() {
        assertThat(new SlaAgendaCharts().charts(List.of(compliance(30, null, null, "95")), CONTEXT))
                .isEmpty();
        assertThat(new SlaAgendaCharts().charts(List.of(), CONTEXT)).isEmpty();
    }
}

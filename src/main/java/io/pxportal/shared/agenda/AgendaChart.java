package io.pxportal.shared.agenda;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * A chart that illustrates one agenda section, e.g. the utilisation of a platform's short licence pools or a
 * platform's PX radar; {@code platformId} is null when it covers the whole review. The chart is built in the
 * reader's language and left unstyled: whoever draws it applies {@link io.pxportal.shared.chart.ChartStyle}.
 */
public record AgendaChart(Long platformId, String title, JFreeChart chart) {

    public AgendaChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(chart, "chart");
    }
}

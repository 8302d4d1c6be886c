package io.pxportal.experience;

import io.pxportal.shared.agenda.AgendaChart;
import io.pxportal.shared.agenda.AgendaChartSource;
import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The scorecard in the steering pack: per platform, the radar of the five dimensions — the same chart as the
 * scorecard view — read from the agenda item's figures, so a closed review draws the scores it was closed with.
 * A platform with no dimension score at all gets no chart (an empty radar says nothing).
 */
@Component
class ScorecardAgendaCharts implements AgendaChartSource {

    @Override
    public String section() {
        return ScorecardAgenda.SECTION;
    }

    @Override
    public List<AgendaChart> charts(List<AgendaItem> items, Context context) {
        String series = context.translate().apply("experience.scores");
        List<AgendaChart> charts = new ArrayList<>();
        for (AgendaItem item : items) {
            Map<Dimension, BigDecimal> scores = scores(item);
            if (scores.isEmpty()) {
                continue;
            }
            charts.add(new AgendaChart(
                    item.platformId(),
                    item.title(),
                    ScoreRadar.chart(series, scores, Dimension::name, context.locale())));
        }
        return charts;
    }

    /** The dimension scores the item's figures hold; a dimension without a value is left out. */
    static Map<Dimension, BigDecimal> scores(AgendaItem item) {
        Map<Dimension, BigDecimal> scores = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            item.figures().stream()
                    .filter(f -> f.labelKey().equals(ScorecardAgenda.scoreKey(d)))
                    .map(AgendaFigure::value)
                    .filter(v -> !v.isEmpty())
                    .findFirst()
                    .ifPresent(v -> scores.put(d, new BigDecimal(v)));
        }
        return scores;
    }
}

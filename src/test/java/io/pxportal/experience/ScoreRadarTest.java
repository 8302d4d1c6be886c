package io.pxportal.experience;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.shared.chart.ChartRenderer;
import io.pxportal.shared.chart.ChartStyle;
import io.pxportal.shared.chart.ChartTable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** The radar reads without the tiles beside it: its scale is drawn and each spoke carries its score. */
class ScoreRadarTest {

    private static Map<Dimension, BigDecimal> scores() {
        Map<Dimension, BigDecimal> scores = new EnumMap<>(Dimension.class);
        scores.put(Dimension.CX, new BigDecimal("72.44"));
        scores.put(Dimension.EX, new BigDecimal("58"));
        scores.put(Dimension.PX, new BigDecimal("64.5"));
        scores.put(Dimension.UX, new BigDecimal("40.25"));
        return scores;
    }

    @Test
    void the_radar_svg_carries_its_scale_and_each_dimensions_score() {
        JFreeChart chart = ScoreRadar.chart("Scores", scores(), Dimension::name, Locale.ENGLISH);
        ChartStyle.apply(chart, false);

        String svg = ChartRenderer.toSvg(chart, 420, 340);

        assertThat(svg).contains(">25<", ">50<", ">75<", ">100<");
        assertThat(svg).contains(">CX 72.4<", ">EX 58.0<", ">PX 64.5<", ">UX 40.3<", ">MX –<");
    }

    @Test
    void the_scores_are_written_in_the_readers_language() {
        JFreeChart chart = ScoreRadar.chart("Бали", scores(), Dimension::name, Locale.forLanguageTag("uk"));

        assertThat(ChartTable.of(chart, Locale.forLanguageTag("uk")).asText()).contains("CX 72,4", "PX 64,5");
    }
}

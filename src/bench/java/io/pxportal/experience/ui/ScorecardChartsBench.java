package io.pxportal.experience.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.I18NProvider;
import io.pxportal.experience.QuarterScore;
import io.pxportal.experience.Scorecard;
import io.pxportal.shared.chart.ChartRenderer;
import io.pxportal.shared.chart.ChartStyle;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;

/**
 * Bench-only door into the scorecard view's package (src/bench/java, never in the build): builds the view's two
 * charts with {@link ScoreCharts}, styles them as {@code ChartView} does and renders them to SVG at the view's
 * sizes, as the browser's two image requests make the server do right after the page opens. Translations come from
 * the portal's own provider, because no Vaadin session is running.
 */
public final class ScorecardChartsBench {

    private ScorecardChartsBench() {}

    /** Radar and trend, built, styled and rendered; returns the SVG characters written (so no work is skipped). */
    public static int render(I18NProvider i18n, Locale locale, Scorecard card, List<QuarterScore> trend) {
        Div texts = new Div() {
            @Override
            public String getTranslation(String key, Object... params) {
                return i18n.getTranslation(key, locale, params);
            }
        };
        JFreeChart radar = ScoreCharts.radar(texts, card);
        ChartStyle.apply(radar, false);
        JFreeChart line = ScoreCharts.trend(texts, trend);
        ChartStyle.apply(line, false);
        // the sizes ScorecardView gives its ChartViews
        return ChartRenderer.toSvg(radar, 420, 340).length()
                + ChartRenderer.toSvg(line, 620, 340).length();
    }
}

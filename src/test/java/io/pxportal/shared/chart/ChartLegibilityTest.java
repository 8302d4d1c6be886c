package io.pxportal.shared.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Chart text stays legible where it is shown, and a screen reader gets the figures the chart draws. */
class ChartLegibilityTest {

    /** The smallest text a chart may show, in CSS pixels at the size it is shown. */
    static final double MIN_FONT_PX = 11;

    private static final Pattern FONT_SIZE = Pattern.compile("font-size: ?([0-9.]+)px");
    private static final Pattern SVG_WIDTH = Pattern.compile("<svg[^>]* width=['\"]([0-9.]+)['\"]");

    /** The scorecard's trend: four series over eight quarters, planned 620 px wide, in a card 373 px wide. */
    private static JFreeChart trend() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String series : List.of("Total experience (TX)", "Product owner (PX)", "Customer (CX)", "Employee (EX)")) {
            for (int q = 1; q <= 8; q++) {
                data.addValue(50 + q * 2 + series.length() % 7, series, "Q" + ((q - 1) % 4 + 1) + " " + (2025 + q / 5));
            }
        }
        return ChartFactory.createLineChart(
                null, "Quarter", "Score", data, PlotOrientation.VERTICAL, true, false, false);
    }

    @BeforeEach
    void ui() {
        UI.setCurrent(new UI());
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void a_chart_in_a_narrower_card_is_drawn_at_the_cards_width_so_its_text_stays_11_px() {
        ChartView view = new ChartView(620, 340);
        view.show(ChartLegibilityTest::trend, false, "Scores over the quarters");

        view.fitTo(373);

        String svg = view.svg().orElseThrow();
        assertThat(smallestShownFont(svg, 373)).isGreaterThanOrEqualTo(MIN_FONT_PX);
        Image image = (Image) view.getElement()
                .getChildren()
                .filter(e -> e.getTag().equals("img"))
                .findFirst()
                .orElseThrow()
                .getComponent()
                .orElseThrow();
        assertThat(image.getWidth()).as("shown at the width it is drawn").isEqualTo("373px");
    }

    @Test
    void a_chart_with_room_is_shown_at_its_planned_size() {
        ChartView view = new ChartView(620, 340);
        view.show(ChartLegibilityTest::trend, false, "Scores over the quarters");

        view.fitTo(900);

        assertThat(view.drawnWidth()).isEqualTo(620);
        assertThat(smallestShownFont(view.svg().orElseThrow(), 620)).isGreaterThanOrEqualTo(MIN_FONT_PX);
    }

    @Test
    void the_theme_writes_no_chart_text_below_11_px() {
        JFreeChart chart = trend();
        ChartStyle.apply(chart, false);

        assertThat(smallestShownFont(ChartRenderer.toSvg(chart, 760, 300), 760)).isGreaterThanOrEqualTo(MIN_FONT_PX);
    }

    @Test
    void a_screen_reader_gets_the_figures_in_a_table_beside_the_picture() {
        ChartView view = new ChartView(620, 340);
        view.show(ChartLegibilityTest::trend, false, "Scores over the quarters");

        NativeTable table = (NativeTable) view.getElement()
                .getChildren()
                .filter(e -> e.getTag().equals("table"))
                .findFirst()
                .orElseThrow()
                .getComponent()
                .orElseThrow();
        assertThat(table.getCaptionText()).isEqualTo("Scores over the quarters");
        String text = table.getElement().getTextRecursively();
        assertThat(text).contains("Product owner (PX)", "Q1 2025", "Q4 2026");
        assertThat(ChartTable.of(trend(), Locale.ENGLISH).asText()).contains("Customer (CX): Q1 2025 58, Q2 2025 60");
    }

    @Test
    void the_axes_are_written_in_the_readers_locale() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(0.5, "s", "a");
        data.addValue(1.25, "s", "b");
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data);
        ChartStyle.localize(chart, Locale.forLanguageTag("uk"));

        String svg = ChartRenderer.toSvg(chart, 400, 300);

        assertThat(svg).contains(">0,2<").doesNotContain(">0.2<");
    }

    /** The smallest font of the SVG, scaled to the width it is shown at. */
    static double smallestShownFont(String svg, double shownWidth) {
        Matcher width = SVG_WIDTH.matcher(svg);
        assertThat(width.find()).as("the SVG states its width").isTrue();
        double scale = shownWidth / Double.parseDouble(width.group(1));
        List<Double> sizes = new ArrayList<>();
        Matcher m = FONT_SIZE.matcher(svg);
        while (m.find()) {
            sizes.add(Double.parseDouble(m.group(1)) * scale);
        }
        assertThat(sizes).as("the SVG writes its text with sizes").isNotEmpty();
        return sizes.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }
}

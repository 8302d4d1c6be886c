package io.pxportal.support.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.shared.chart.ChartView;
import io.pxportal.shared.chart.EmptyChart;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.support.ScoreMetric;
import io.pxportal.support.ScorecardService;
import io.pxportal.support.VendorScorecard;
import java.math.BigDecimal;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** Vendors side by side this quarter (each metric's value and score), and the score's trend over eight quarters. */
class ScorecardPanel extends VerticalLayout {

    private static final int QUARTERS = 8;

    ScorecardPanel(ScorecardService scorecards, ExportService exports, boolean dark) {
        setPadding(false);
        List<VendorScorecard> trend = scorecards.trend(QUARTERS);
        String current = trend.isEmpty() ? "" : trend.getLast().period();
        List<VendorScorecard> now =
                trend.stream().filter(c -> c.period().equals(current)).toList();
        Grid<VendorScorecard> grid = new Grid<>();
        grid.setId("scorecard-grid");
        grid.setAllRowsVisible(true);
        ListColumns<VendorScorecard> columns = new ListColumns<>(grid);
        columns.add("support.scorecard.vendor", VendorScorecard::vendor)
                .setAutoWidth(true)
                .setFrozen(true);
        columns.add("support.scorecard.score", c -> number(c.score())).setTextAlign(ColumnTextAlign.END);
        columns.add("support.scorecard.coverage", c -> Formats.percentSign(number(c.coverage()), getLocale()))
                .setTextAlign(ColumnTextAlign.END);
        if (!now.isEmpty()) {
            for (int i = 0; i < now.getFirst().metrics().size(); i++) {
                int index = i;
                ScoreMetric first = now.getFirst().metrics().get(i);
                columns.add(first.key(), c -> metric(c.metrics().get(index)))
                        .setTextAlign(ColumnTextAlign.END)
                        .setAutoWidth(true);
            }
        }
        EmptyState.on(grid, getTranslation("empty.vendor-scorecard"));
        grid.setItems(now);
        ChartView chart = new ChartView(760, 280);
        chart.setId("scorecard-trend");
        chart.show(() -> chart(trend), dark, getTranslation("support.chart.scorecard"));
        add(new ExportMenu<>("scorecard", exports, columns, p -> p.getPageNumber() > 0 ? List.of() : now), grid, chart);
    }

    private String metric(ScoreMetric metric) {
        return metric.value() == null ? "–" : number(metric.value()) + " → " + number(metric.score());
    }

    private String number(BigDecimal value) {
        return value == null ? "–" : Formats.number(value, getLocale());
    }

    /** A period "2026-Q4" as the reader's language writes a quarter. */
    private String quarter(String period) {
        java.util.regex.Matcher q =
                java.util.regex.Pattern.compile("(\\d{4})-Q([1-4])").matcher(period);
        return q.matches()
                ? Formats.quarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)), getLocale())
                : period;
    }

    private JFreeChart chart(List<VendorScorecard> trend) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        trend.stream()
                .filter(c -> c.score() != null)
                .forEach(c -> data.addValue(c.score(), c.vendor(), quarter(c.period())));
        return EmptyChart.saying(
                ChartFactory.createLineChart(
                        getTranslation("support.chart.scorecard"),
                        null,
                        getTranslation("support.scorecard.score"),
                        data,
                        PlotOrientation.VERTICAL,
                        true,
                        false,
                        false),
                getTranslation("empty.chart.vendor-scorecard"));
    }
}

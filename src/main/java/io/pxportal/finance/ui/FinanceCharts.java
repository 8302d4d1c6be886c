package io.pxportal.finance.ui;

import com.vaadin.flow.component.Component;
import io.pxportal.finance.CostCategory;
import io.pxportal.finance.Forecast;
import io.pxportal.finance.ForecastYear;
import io.pxportal.finance.SpendYear;
import io.pxportal.finance.UnitCost;
import io.pxportal.finance.VarianceRow;
import io.pxportal.shared.chart.EmptyChart;
import io.pxportal.shared.i18n.Formats;
import java.awt.BasicStroke;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The finance charts, built in the UI's language (ChartView styles them): spend by fiscal year stacked by category,
 * budget vs actual vs committed, the forecast fan, and the cost per communication trend. Built from the same
 * records the services answer, so the PDF pack can build them the same way.
 */
final class FinanceCharts {

    private FinanceCharts() {}

    static JFreeChart spendByYear(List<SpendYear> years, String currency, Component i18n) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SpendYear year : years) {
            for (CostCategory category : CostCategory.values()) {
                var total = year.byCategory().get(category);
                data.addValue(
                        total == null ? 0 : total.amount(),
                        i18n.getTranslation("finance-category." + category.name()),
                        year.label());
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(
                i18n.getTranslation("finance.chart.spend"),
                null,
                currency,
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        money(chart, i18n);
        EmptyChart.saying(chart, i18n.getTranslation("empty.chart.spend"));
        return chart;
    }

    static JFreeChart budgetVsActual(List<VarianceRow> rows, String currency, Component i18n) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (VarianceRow row : rows) {
            String key = row.key() == null ? "" : row.key();
            data.addValue(row.budget().amount(), i18n.getTranslation("finance.budget"), key);
            data.addValue(row.actual().amount(), i18n.getTranslation("finance.actual"), key);
            data.addValue(row.committed().amount(), i18n.getTranslation("finance.committed"), key);
        }
        JFreeChart chart = ChartFactory.createBarChart(
                i18n.getTranslation("finance.chart.budget"),
                null,
                currency,
                data,
                PlotOrientation.HORIZONTAL,
                true,
                false,
                false);
        money(chart, i18n);
        EmptyChart.saying(chart, i18n.getTranslation("empty.chart.budget"));
        return chart;
    }

    /** Past actual spend, then the forecast's low, base and high lines (with true-up risk on the base). */
    static JFreeChart forecastFan(List<SpendYear> past, Forecast forecast, Component i18n) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String actual = i18n.getTranslation("finance.actual");
        for (SpendYear year : past) {
            data.addValue(year.total().amount(), actual, year.label());
        }
        for (ForecastYear year : forecast.years()) {
            data.addValue(year.low().amount(), i18n.getTranslation("finance.forecast.low"), year.label());
            data.addValue(year.base().amount(), i18n.getTranslation("finance.forecast.base"), year.label());
            data.addValue(year.high().amount(), i18n.getTranslation("finance.forecast.high"), year.label());
            data.addValue(
                    year.base().amount().add(year.trueUpRisk().amount()),
                    i18n.getTranslation("finance.forecast.with-true-up"),
                    year.label());
        }
        JFreeChart chart = ChartFactory.createLineChart(
                i18n.getTranslation("finance.chart.forecast"),
                null,
                forecast.currency(),
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        LineAndShapeRenderer renderer =
                (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setDefaultShapesVisible(true);
        BasicStroke dashed =
                new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f);
        for (int series = 1; series < data.getRowCount(); series++) {
            renderer.setSeriesStroke(series, dashed);
        }
        money(chart, i18n);
        EmptyChart.saying(chart, i18n.getTranslation("empty.chart.forecast"));
        return chart;
    }

    static JFreeChart unitCostTrend(List<UnitCost> quarters, String currency, Component i18n) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (UnitCost cost : quarters) {
            if (cost.costPerThousand() != null) {
                data.addValue(cost.costPerThousand(), cost.platform(), cost.periodLabel());
            }
        }
        // The grid's unit and rounding: an amount per 1,000 communications, in cents.
        JFreeChart chart = ChartFactory.createLineChart(
                i18n.getTranslation("finance.chart.unit-cost"),
                null,
                i18n.getTranslation("finance.unit-cost.axis", currency),
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        ((LineAndShapeRenderer) chart.getCategoryPlot().getRenderer()).setDefaultShapesVisible(true);
        NumberFormat format = Formats.numberFormat(Amounts.locale(i18n), 2);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setNumberFormatOverride(format);
        EmptyChart.saying(chart, i18n.getTranslation("empty.chart.unit-cost"));
        return chart;
    }

    private static void money(JFreeChart chart, Component i18n) {
        CategoryPlot plot = chart.getCategoryPlot();
        NumberFormat format = Formats.numberFormat(Amounts.locale(i18n), 0);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(format);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(Color.GRAY);
    }
}

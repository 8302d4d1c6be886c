package io.pxportal.portfolio.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import io.pxportal.portfolio.Deployment;
import io.pxportal.portfolio.Lifecycle;
import io.pxportal.portfolio.PortfolioSummary;
import io.pxportal.shared.chart.ChartView;
import io.pxportal.shared.chart.EmptyChart;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** Platforms per lifecycle stage, stacked by deployment model. */
class PortfolioChart extends Composite<Div> {

    PortfolioChart(PortfolioSummary summary, boolean dark) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Deployment deployment : Deployment.values()) {
            for (Lifecycle lifecycle : Lifecycle.values()) {
                data.addValue(0, label(deployment), label(lifecycle));
            }
        }
        for (PortfolioSummary.Count count : summary.counts()) {
            data.addValue(count.platforms(), label(count.deployment()), label(count.lifecycle()));
        }
        ChartView chart = new ChartView(900, 320);
        chart.setId("portfolio-chart");
        chart.show(() -> stacked(data), dark, getTranslation("portfolio.chart.alt", summary.total()));
        getContent().add(new H3(getTranslation("portfolio.chart.title")), chart);
        getContent().addClassName("px-panel");
    }

    private JFreeChart stacked(DefaultCategoryDataset data) {
        JFreeChart chart = ChartFactory.createStackedBarChart(
                null,
                getTranslation("platform.lifecycle"),
                getTranslation("portfolio.chart.platforms"),
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        // Platforms are counted: whole numbers only on the axis.
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return EmptyChart.saying(chart, getTranslation("empty.chart.portfolio"));
    }

    private String label(Deployment deployment) {
        return getTranslation("deployment." + deployment.name());
    }

    private String label(Lifecycle lifecycle) {
        return getTranslation("lifecycle." + lifecycle.name());
    }
}

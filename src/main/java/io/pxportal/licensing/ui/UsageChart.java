package io.pxportal.licensing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import io.pxportal.licensing.LicenceMetric;
import io.pxportal.licensing.UsageTimeline;
import io.pxportal.shared.chart.ChartView;
import io.pxportal.shared.chart.EmptyChart;
import java.awt.BasicStroke;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * Consumption over time against the entitlement line: seats in use at each count, volumes as the contract
 * year's running sum (dropping back at each year start), and for volumes the forecast to the year end, dashed.
 */
class UsageChart extends Composite<Div> {

    private final LicenceMetric metric;
    private final boolean dark;
    private final ChartView view = new ChartView(760, 300);

    UsageChart(LicenceMetric metric, boolean dark) {
        this.metric = metric;
        this.dark = dark;
        view.setId("usage-chart");
        getContent().add(view);
    }

    void show(UsageTimeline timeline, String altText) {
        view.show(() -> chart(timeline), dark, altText);
    }

    private JFreeChart chart(UsageTimeline timeline) {
        TimeSeries consumed = new TimeSeries(
                getTranslation(metric.isVolume() ? "licence.chart.consumed-to-date" : "licence.chart.in-use"));
        timeline.consumed().forEach(p -> consumed.addOrUpdate(day(p.day()), p.value()));
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(consumed);
        List<LocalDate> days = new ArrayList<>();
        timeline.consumed().forEach(p -> days.add(p.day()));
        timeline.forecast().forEach(p -> days.add(p.day()));
        if (timeline.entitled() != null && !days.isEmpty()) {
            TimeSeries entitled = new TimeSeries(getTranslation("licence.entitled"));
            entitled.add(day(days.stream().min(LocalDate::compareTo).orElseThrow()), timeline.entitled());
            entitled.addOrUpdate(day(days.stream().max(LocalDate::compareTo).orElseThrow()), timeline.entitled());
            data.addSeries(entitled);
        }
        if (!timeline.forecast().isEmpty()) {
            TimeSeries forecast = new TimeSeries(getTranslation("licence.forecast"));
            timeline.forecast().forEach(p -> forecast.addOrUpdate(day(p.day()), p.value()));
            data.addSeries(forecast);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(
                null, null, getTranslation("licence-metric." + metric.name()), data, true, false, false);
        XYPlot plot = chart.getXYPlot();
        ((DateAxis) plot.getDomainAxis())
                .setDateFormatOverride(
                        new SimpleDateFormat("MMM yyyy", io.pxportal.shared.i18n.Formats.numbers(getLocale())));
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setNumberFormatOverride(NumberFormat.getNumberInstance(getLocale()));
        values.setAutoRangeIncludesZero(true);
        if (data.getSeriesCount() > 2) {
            plot.getRenderer()
                    .setSeriesStroke(
                            2,
                            new BasicStroke(
                                    2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
        }
        return EmptyChart.saying(chart, getTranslation("empty.chart.usage"));
    }

    private static Day day(LocalDate date) {
        return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}

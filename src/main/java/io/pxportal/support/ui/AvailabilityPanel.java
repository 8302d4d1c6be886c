package io.pxportal.support.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.shared.chart.ChartView;
import io.pxportal.shared.chart.EmptyChart;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.support.AvailabilityService;
import io.pxportal.support.MonthlyUptime;
import io.pxportal.support.OutageView;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** Monthly uptime per platform against the policy's target, with the chart, and the outages behind it. */
class AvailabilityPanel extends VerticalLayout {

    private static final int MONTHS = 12;

    AvailabilityPanel(AvailabilityService availability, ExportService exports, boolean dark) {
        setPadding(false);
        YearMonth to = YearMonth.now();
        List<MonthlyUptime> uptime = availability.uptime(to.minusMonths(MONTHS - 1), to);
        Grid<MonthlyUptime> grid = new Grid<>();
        grid.setId("uptime-grid");
        grid.setHeight("22em");
        ListColumns<MonthlyUptime> columns = new ListColumns<>(grid);
        columns.add("support.ticket.platform", MonthlyUptime::platform).setAutoWidth(true);
        columns.add("support.month", m -> m.month().toString()).setAutoWidth(true);
        columns.add("support.uptime", m -> Formats.number(m.uptimePercent(), getLocale()) + " %")
                .setTextAlign(ColumnTextAlign.END);
        columns.add("support.uptime.target", m -> m.target() == null ? "–"
                : Formats.number(m.target(), getLocale()) + " %").setTextAlign(ColumnTextAlign.END);
        columns.add("support.uptime.unplanned", MonthlyUptime::unplannedMinutes).setTextAlign(ColumnTextAlign.END);
        columns.add("support.uptime.planned", MonthlyUptime::plannedMinutes).setTextAlign(ColumnTextAlign.END);
        columns.add("support.uptime.met", m -> m.met() == null ? "–" : getTranslation(m.met() ? "common.yes"
                : "common.no"));
        grid.setEmptyStateText(getTranslation("empty.uptime"));
        grid.setItems(uptime);
        ChartView chart = new ChartView(760, 280);
        chart.setId("uptime-chart");
        chart.show(() -> chart(uptime), dark, getTranslation("support.chart.uptime"));
        Grid<OutageView> outages = new Grid<>();
        outages.setId("outages-grid");
        outages.setHeight("18em");
        ListColumns<OutageView> outageColumns = new ListColumns<>(outages);
        outageColumns.add("support.ticket.platform", OutageView::platform).setAutoWidth(true);
        outageColumns.add("support.outage.started", o -> Formats.dateTime(o.draft().startedAt(), ZoneOffset.UTC,
                getLocale())).setSortProperty("startedAt").setAutoWidth(true);
        outageColumns.add("support.outage.ended", o -> o.draft().endedAt() == null ? "–"
                : Formats.dateTime(o.draft().endedAt(), ZoneOffset.UTC, getLocale())).setAutoWidth(true);
        outageColumns.add("support.outage.planned", o -> getTranslation(o.draft().planned() ? "common.yes"
                : "common.no"));
        outageColumns.add("support.outage.description", o -> o.draft().description()).setFlexGrow(1);
        outages.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(outages.getColumns().get(1),
                com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
        outages.setEmptyStateText(getTranslation("empty.outages"));
        LazyGrids.bind(outages, p -> availability.page(null, p), () -> availability.count(null));
        add(new ExportMenu<>("uptime", exports, columns, p -> p.getPageNumber() > 0 ? List.of() : uptime), grid,
                chart, new H3(getTranslation("support.outages")),
                new ExportMenu<>("outages", exports, outageColumns, p -> availability.page(null, p)), outages);
    }

    private JFreeChart chart(List<MonthlyUptime> uptime) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MonthlyUptime m : uptime) {
            data.addValue(m.uptimePercent(), m.platform(), m.month().toString());
            if (m.target() != null) {
                data.addValue(m.target(), getTranslation("support.uptime.target"), m.month().toString());
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(getTranslation("support.chart.uptime"), null, "%", data,
                PlotOrientation.VERTICAL, true, false, false);
        ((org.jfree.chart.axis.NumberAxis) chart.getCategoryPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        return EmptyChart.saying(chart, getTranslation("empty.chart.uptime"));
    }
}

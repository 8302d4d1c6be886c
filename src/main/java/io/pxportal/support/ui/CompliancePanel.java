package io.pxportal.support.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.shared.chart.ChartView;
import io.pxportal.shared.chart.EmptyChart;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.PortalGrids;
import io.pxportal.support.BacklogRow;
import io.pxportal.support.ComplianceDimension;
import io.pxportal.support.ComplianceOverview;
import io.pxportal.support.ComplianceRow;
import io.pxportal.support.ComplianceService;
import io.pxportal.support.Severity;
import io.pxportal.support.TicketFilter;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Compliance over the last twelve months by month, severity, platform or vendor (a row opens its tickets), the
 * resolution-compliance trend per severity, and the backlog by age.
 */
class CompliancePanel extends VerticalLayout {

    private static final int MONTHS = 12;

    private final transient ComplianceService compliance;
    private final Grid<ComplianceRow> grid = new Grid<>();
    private final Select<ComplianceDimension> by = new Select<>();

    CompliancePanel(
            ComplianceService compliance,
            ExportService exports,
            boolean dark,
            Consumer<TicketFilter> drill,
            Clock clock) {
        this.compliance = compliance;
        setPadding(false);
        YearMonth to = YearMonth.now(clock);
        YearMonth from = to.minusMonths(MONTHS - 1);
        by.setId("compliance-by");
        by.setLabel(getTranslation("support.compliance.by"));
        by.setItems(ComplianceDimension.values());
        by.setItemLabelGenerator(d -> getTranslation("support-dimension." + d.name()));
        by.setValue(ComplianceDimension.MONTH);
        grid.setId("compliance-grid");
        grid.setAllRowsVisible(true);
        ListColumns<ComplianceRow> columns = new ListColumns<>(grid);
        columns.add("support.compliance.group", ComplianceRow::label).setAutoWidth(true);
        columns.add("support.compliance.response", r -> percent(r.responsePercent()))
                .setTextAlign(ColumnTextAlign.END);
        columns.add("support.compliance.response-breached", ComplianceRow::responseBreached)
                .setTextAlign(ColumnTextAlign.END);
        columns.add("support.compliance.resolution", r -> percent(r.resolutionPercent()))
                .setTextAlign(ColumnTextAlign.END);
        columns.add("support.compliance.resolution-breached", ComplianceRow::resolutionBreached)
                .setTextAlign(ColumnTextAlign.END);
        grid.addItemClickListener(e -> drill.accept(e.getItem().tickets()));
        by.addValueChangeListener(e -> grid.setItems(compliance.compliance(from, to, e.getValue())));
        ComplianceOverview overview = compliance.overview(from, to, by.getValue());
        EmptyState.on(grid, getTranslation("empty.compliance"));
        grid.setItems(overview.rows());
        ExportMenu<ComplianceRow> export = new ExportMenu<>(
                "compliance",
                exports,
                columns,
                p -> p.getPageNumber() > 0 ? List.of() : compliance.compliance(from, to, by.getValue()));
        ChartView trend = new ChartView(760, 280);
        trend.setId("compliance-trend");
        trend.show(() -> trendChart(overview.trend()), dark, getTranslation("support.chart.trend"));
        ChartView backlogChart = new ChartView(760, 240);
        backlogChart.setId("backlog-chart");
        List<BacklogRow> backlog = compliance.backlog();
        backlogChart.show(() -> backlogChart(backlog), dark, getTranslation("support.chart.backlog"));
        Grid<BacklogRow> backlogGrid = backlogGrid(backlog, drill);
        add(
                new HorizontalLayout(by, export),
                grid,
                trend,
                new H3(getTranslation("support.backlog")),
                backlogGrid,
                backlogChart);
    }

    /** The open tickets by age band and severity; a click lists them. */
    private Grid<BacklogRow> backlogGrid(List<BacklogRow> backlog, Consumer<TicketFilter> drill) {
        Grid<BacklogRow> backlogGrid = new Grid<>();
        backlogGrid.setId("backlog-grid");
        backlogGrid.setAllRowsVisible(true);
        PortalGrids.text(backlogGrid, this::band).setHeader(getTranslation("support.backlog.age"));
        for (Severity s : Severity.values()) {
            PortalGrids.text(backlogGrid, r -> r.bySeverity().get(s))
                    .setHeader(s.name())
                    .setTextAlign(ColumnTextAlign.END);
        }
        PortalGrids.text(backlogGrid, BacklogRow::total)
                .setHeader(getTranslation("support.backlog.total"))
                .setTextAlign(ColumnTextAlign.END);
        EmptyState.on(backlogGrid, getTranslation("empty.backlog"));
        backlogGrid.setItems(backlog);
        backlogGrid.addItemClickListener(e -> drill.accept(e.getItem().tickets()));
        return backlogGrid;
    }

    private String band(BacklogRow row) {
        return row.maxDays() == null
                ? getTranslation("support.backlog.older", row.minDays())
                : getTranslation("support.backlog.band", row.minDays(), row.maxDays());
    }

    private String percent(java.math.BigDecimal value) {
        return value == null ? "–" : Formats.percentSign(Formats.number(value, getLocale()), getLocale());
    }

    private JFreeChart trendChart(Map<Severity, List<ComplianceRow>> trend) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        trend.forEach((severity, rows) -> rows.forEach(r -> {
            if (r.resolutionPercent() != null) {
                data.addValue(r.resolutionPercent(), severity.name(), r.key());
            }
        }));
        return EmptyChart.saying(
                ChartFactory.createLineChart(
                        getTranslation("support.chart.trend"),
                        null,
                        getTranslation("support.compliance.resolution"),
                        data,
                        PlotOrientation.VERTICAL,
                        true,
                        false,
                        false),
                getTranslation("empty.chart.compliance"));
    }

    private JFreeChart backlogChart(List<BacklogRow> backlog) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (BacklogRow row : backlog) {
            row.bySeverity().forEach((s, n) -> data.addValue(n, s.name(), band(row)));
        }
        return EmptyChart.saying(
                ChartFactory.createStackedBarChart(
                        getTranslation("support.chart.backlog"),
                        null,
                        getTranslation("support.backlog.total"),
                        data,
                        PlotOrientation.VERTICAL,
                        true,
                        false,
                        false),
                getTranslation("empty.chart.backlog"));
    }
}

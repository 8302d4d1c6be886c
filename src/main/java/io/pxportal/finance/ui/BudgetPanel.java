package io.pxportal.finance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import io.pxportal.finance.BudgetVsActual;
import io.pxportal.finance.FinanceDimension;
import io.pxportal.finance.FinanceReportService;
import io.pxportal.finance.SpendYear;
import io.pxportal.finance.VarianceRow;
import io.pxportal.shared.chart.ChartView;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.PortalGrids;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Spend by fiscal year stacked by category, and the chosen fiscal year's budget vs actual vs committed by platform,
 * vendor or category; a row opens its cost lines. Narrowed to one platform (from the address), it shows that
 * platform's row only, with a button back to all platforms.
 */
class BudgetPanel extends Composite<VerticalLayout> {

    static final int SPEND_YEARS = 3;

    private final FinanceReportService reports;
    private final boolean dark;
    private final ChartView spendChart = new ChartView(560, 320);
    private final ChartView budgetChart = new ChartView(560, 320);
    private final Select<FinanceDimension> dimension = new Select<>();
    private final Grid<VarianceRow> grid = new Grid<>();
    private final Button allPlatforms = new Button();
    private int fiscalYear;
    private Long platformId;
    private Runnable onAllPlatforms = () -> {};

    BudgetPanel(FinanceReportService reports, boolean dark) {
        this.reports = reports;
        this.dark = dark;
        spendChart.setId("finance-spend-chart");
        budgetChart.setId("finance-budget-chart");
        dimension.setId("finance-dimension");
        dimension.setLabel(getTranslation("finance.dimension"));
        dimension.setItems(FinanceDimension.values());
        dimension.setItemLabelGenerator(d -> getTranslation("finance-dimension." + d.name()));
        dimension.setValue(FinanceDimension.PLATFORM);
        dimension.addValueChangeListener(e -> refresh());
        grid.setId("finance-variance-grid");
        grid.setAllRowsVisible(true);
        PortalGrids.text(grid, r -> r.id() == null && r.key() == null ? getTranslation("finance.total") : label(r))
                .setHeader(getTranslation("finance.dimension"))
                .setFlexGrow(1);
        grid.addComponentColumn(r -> r.budgeted() ? Amounts.cell(r.budget(), this) : new Span("—"))
                .setHeader(getTranslation("finance.budget"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addComponentColumn(r -> Amounts.cell(r.actual(), this))
                .setHeader(getTranslation("finance.actual"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addComponentColumn(r -> Amounts.cell(r.committed(), this))
                .setHeader(getTranslation("finance.committed"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        PortalGrids.text(
                        grid,
                        r -> r.budgeted()
                                ? Amounts.money(r.variance(), r.actual().currency(), getLocale())
                                : getTranslation("finance.no-budget"))
                .setHeader(getTranslation("finance.variance"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addComponentColumn(this::variancePercent)
                .setHeader(getTranslation("finance.variance-percent"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addItemClickListener(e -> drillDown(e.getItem()));
        FlexLayout charts = new FlexLayout(spendChart, budgetChart);
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        getContent().setPadding(false);
        allPlatforms.setId("finance-all-platforms");
        allPlatforms.setText(getTranslation("finance.all-platforms"));
        allPlatforms.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        allPlatforms.setVisible(false);
        allPlatforms.addClickListener(e -> {
            showPlatform(null);
            refresh();
            onAllPlatforms.run();
        });
        getContent().add(charts, dimension, allPlatforms, grid);
    }

    /** Called when the user widens a narrowed view back to all platforms. */
    void onAllPlatforms(Runnable listener) {
        this.onAllPlatforms = listener;
    }

    /** Narrows budget vs actual to one platform (null: all); takes effect with the next {@link #show}. */
    void showPlatform(Long platformId) {
        this.platformId = platformId;
        allPlatforms.setVisible(platformId != null);
        if (platformId != null) {
            dimension.setValue(FinanceDimension.PLATFORM);
        }
    }

    void show(int fiscalYear) {
        this.fiscalYear = fiscalYear;
        refresh();
    }

    private void refresh() {
        BudgetVsActual figures = reports.budgetVsActual(fiscalYear, dimension.getValue());
        List<SpendYear> spend = reports.spendByYear(SPEND_YEARS);
        spendChart.show(
                () -> FinanceCharts.spendByYear(spend, figures.currency(), this),
                dark,
                getTranslation("finance.chart.spend"));
        boolean narrowed = platformId != null && dimension.getValue() == FinanceDimension.PLATFORM;
        List<VarianceRow> rows = new ArrayList<>(figures.rows().stream()
                .filter(r -> !narrowed || platformId.equals(r.id()))
                .toList());
        List<VarianceRow> charted = List.copyOf(rows);
        budgetChart.show(
                () -> FinanceCharts.budgetVsActual(charted, figures.currency(), this),
                dark,
                getTranslation("finance.chart.budget"));
        if (!narrowed) {
            rows.add(figures.total());
        }
        EmptyState.on(grid, getTranslation("empty.budget.variance"));
        grid.setItems(rows);
    }

    private String label(VarianceRow row) {
        return row.dimension() == FinanceDimension.CATEGORY
                ? getTranslation("finance-category." + row.key())
                : row.key();
    }

    private Span variancePercent(VarianceRow row) {
        Span span = new Span(Amounts.percent(row.variancePercent(), getLocale()));
        if (row.overBudget()) {
            span.getElement().getThemeList().add("badge error");
            span.setTitle(getTranslation("finance.over-budget"));
        }
        return span;
    }

    /** Opens the cost lines behind the row: its fiscal year and platform, vendor or category. */
    private void drillDown(VarianceRow row) {
        if (row.key() == null && row.id() == null) {
            return;
        }
        String parameter = switch (row.dimension()) {
            case PLATFORM -> "platformId";
            case VENDOR -> "vendorId";
            case CATEGORY -> "category";
        };
        String value = row.dimension() == FinanceDimension.CATEGORY ? row.key() : String.valueOf(row.id());
        UI.getCurrent()
                .navigate(
                        "finance/costs",
                        QueryParameters.simple(Map.of("fiscalYear", String.valueOf(fiscalYear), parameter, value)));
    }
}

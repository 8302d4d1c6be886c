package io.pxportal.finance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pxportal.finance.CostCategory;
import io.pxportal.finance.FinanceReportService;
import io.pxportal.finance.TcoRow;
import io.pxportal.finance.UnitCost;
import io.pxportal.finance.UnitCostService;
import io.pxportal.shared.chart.ChartView;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.PortalGrids;
import java.util.List;

/** Cost per communication per platform: its quarterly trend, the yearly figures, and the total cost of ownership. */
class UnitCostPanel extends Composite<VerticalLayout> {

    private final UnitCostService unitCosts;
    private final FinanceReportService reports;
    private final boolean dark;
    private final ChartView trend = new ChartView(760, 300);
    private final Grid<UnitCost> grid = new Grid<>();
    private final Grid<TcoRow> tco = new Grid<>();

    UnitCostPanel(UnitCostService unitCosts, FinanceReportService reports, boolean dark) {
        this.unitCosts = unitCosts;
        this.reports = reports;
        this.dark = dark;
        trend.setId("unit-cost-chart");
        grid.setId("unit-cost-grid");
        grid.setAllRowsVisible(true);
        PortalGrids.text(grid, UnitCost::platform)
                .setHeader(getTranslation("finance.cost.platform"))
                .setAutoWidth(true);
        PortalGrids.text(grid, UnitCost::periodLabel)
                .setHeader(getTranslation("finance.fiscal-year"))
                .setAutoWidth(true);
        grid.addComponentColumn(u -> Amounts.cell(u.spend(), this))
                .setHeader(getTranslation("finance.actual"))
                .setTextAlign(ColumnTextAlign.END);
        PortalGrids.text(grid, u -> Formats.number(u.communications(), getLocale()))
                .setHeader(getTranslation("finance.unit-cost.communications"))
                .setTextAlign(ColumnTextAlign.END);
        PortalGrids.text(
                        grid,
                        u -> u.costPerThousand() == null
                                ? getTranslation("finance.unit-cost.not-measured")
                                : Amounts.money(u.costPerThousand(), u.spend().currency(), getLocale()))
                .setHeader(getTranslation("finance.unit-cost"))
                .setTextAlign(ColumnTextAlign.END);
        tco.setId("tco-grid");
        tco.setAllRowsVisible(true);
        PortalGrids.text(tco, TcoRow::platform)
                .setHeader(getTranslation("finance.cost.platform"))
                .setAutoWidth(true);
        for (CostCategory category : CostCategory.values()) {
            PortalGrids.text(
                            tco,
                            r -> r.byCategory().containsKey(category)
                                    ? Amounts.text(r.byCategory().get(category), this)
                                    : "")
                    .setHeader(getTranslation("finance-category." + category.name()))
                    .setTextAlign(ColumnTextAlign.END);
        }
        tco.addComponentColumn(r -> Amounts.cell(r.total(), this))
                .setHeader(getTranslation("finance.total"))
                .setTextAlign(ColumnTextAlign.END);
        getContent().setPadding(false);
        getContent().add(trend, grid, new H4(getTranslation("finance.tco")), tco);
    }

    void show(int fiscalYear) {
        List<UnitCost> quarters = unitCosts.costPerCommunication(2, true);
        String currency =
                quarters.isEmpty() ? "EUR" : quarters.getFirst().spend().currency();
        trend.show(
                () -> FinanceCharts.unitCostTrend(quarters, currency, this),
                dark,
                getTranslation("finance.chart.unit-cost"));
        EmptyState.on(grid, getTranslation("empty.unit-cost"));
        grid.setItems(unitCosts.costPerCommunication(BudgetPanel.SPEND_YEARS, false).stream()
                .filter(u -> u.communications().signum() > 0)
                .toList());
        EmptyState.on(tco, getTranslation("empty.tco"));
        tco.setItems(reports.tco(fiscalYear, fiscalYear));
    }
}

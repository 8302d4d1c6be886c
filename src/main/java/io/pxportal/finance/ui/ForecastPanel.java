package io.pxportal.finance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import io.pxportal.finance.FinanceReportService;
import io.pxportal.finance.Forecast;
import io.pxportal.finance.ForecastLine;
import io.pxportal.finance.ForecastService;
import io.pxportal.finance.ForecastYear;
import io.pxportal.finance.TrueUpRisk;
import io.pxportal.shared.chart.ChartView;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.PortalGrids;
import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * The forecast for the next 3 or 5 fiscal years: the index assumption to play with, the fan chart, the totals per
 * year, every contract line with the clause that produced it, and the true-up risks.
 */
class ForecastPanel extends Composite<VerticalLayout> {

    private final ForecastService forecasts;
    private final FinanceReportService reports;
    private final boolean dark;
    private final Select<Integer> years = new Select<>();
    private final BigDecimalField index = new BigDecimalField();
    private final ChartView fan = new ChartView(760, 320);
    private final Grid<ForecastYear> totals = new Grid<>();
    private final Grid<ForecastLine> lines = new Grid<>();
    private final Grid<TrueUpRisk> trueUps = new Grid<>();
    private final Paragraph coverage = new Paragraph();
    private Consumer<Forecast> onChange = f -> {};

    ForecastPanel(ForecastService forecasts, FinanceReportService reports, BigDecimal assumption, boolean dark) {
        this.forecasts = forecasts;
        this.reports = reports;
        this.dark = dark;
        years.setId("forecast-years");
        years.setLabel(getTranslation("finance.forecast.years"));
        years.setItems(3, 5);
        years.setValue(5);
        index.setId("forecast-index");
        index.setLabel(getTranslation("finance.forecast.index"));
        index.setHelperText(getTranslation("finance.forecast.index.help"));
        index.setValue(assumption);
        years.addValueChangeListener(e -> refresh());
        index.addValueChangeListener(e -> refresh());
        fan.setId("forecast-fan");
        totals.setId("forecast-grid");
        totalColumns();
        lines.setId("forecast-lines");
        lineColumns();
        trueUps.setId("forecast-true-ups");
        trueUpColumns();
        HorizontalLayout controls = new HorizontalLayout(years, index);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        getContent().setPadding(false);
        coverage.setId("forecast-coverage");
        getContent()
                .add(
                        controls,
                        coverage,
                        fan,
                        totals,
                        new H4(getTranslation("finance.forecast.lines")),
                        lines,
                        new H4(getTranslation("finance.forecast.true-up")),
                        trueUps);
    }

    /** The true-up risks: product, contract, when due and how much. */
    private void trueUpColumns() {
        trueUps.setAllRowsVisible(true);
        PortalGrids.text(trueUps, TrueUpRisk::product)
                .setHeader(getTranslation("finance.true-up.product"))
                .setAutoWidth(true);
        PortalGrids.text(trueUps, TrueUpRisk::contractNumber).setHeader(getTranslation("finance.cost.contract"));
        PortalGrids.text(trueUps, r -> Formats.date(r.contractYearEnd(), getLocale()))
                .setHeader(getTranslation("finance.true-up.due"));
        PortalGrids.text(trueUps, r -> Amounts.money(r.amount(), getLocale()))
                .setHeader(getTranslation("finance.cost.amount"))
                .setTextAlign(ColumnTextAlign.END);
    }

    /** The forecast's lines: contract, year, amount and the uplift clause applied. */
    private void lineColumns() {
        lines.setAllRowsVisible(true);
        PortalGrids.text(lines, ForecastLine::number)
                .setHeader(getTranslation("finance.cost.contract"))
                .setAutoWidth(true);
        PortalGrids.text(lines, ForecastLine::fiscalYear)
                .setHeader(getTranslation("finance.fiscal-year"))
                .setAutoWidth(true);
        PortalGrids.text(lines, l -> Amounts.money(l.amount(), getLocale()))
                .setHeader(getTranslation("finance.cost.amount"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        PortalGrids.text(lines, l -> Clauses.text(l, this))
                .setHeader(getTranslation("finance.forecast.clause"))
                .setFlexGrow(1);
    }

    /** The fan per fiscal year: low, base and high, and the true-up risk. */
    private void totalColumns() {
        totals.setAllRowsVisible(true);
        PortalGrids.text(totals, ForecastYear::label)
                .setHeader(getTranslation("finance.fiscal-year"))
                .setAutoWidth(true);
        totals.addComponentColumn(y -> Amounts.cell(y.low(), this))
                .setHeader(getTranslation("finance.forecast.low"))
                .setTextAlign(ColumnTextAlign.END);
        totals.addComponentColumn(y -> Amounts.cell(y.base(), this))
                .setHeader(getTranslation("finance.forecast.base"))
                .setTextAlign(ColumnTextAlign.END);
        totals.addComponentColumn(y -> Amounts.cell(y.high(), this))
                .setHeader(getTranslation("finance.forecast.high"))
                .setTextAlign(ColumnTextAlign.END);
        totals.addComponentColumn(y -> Amounts.cell(y.trueUpRisk(), this))
                .setHeader(getTranslation("finance.forecast.true-up"))
                .setTextAlign(ColumnTextAlign.END);
    }

    private String coverage(Forecast.Coverage c) {
        String text = getTranslation(
                "finance.forecast.coverage",
                c.contracts(),
                Formats.date(c.asOf(), getLocale()),
                c.ending(),
                c.trueUps());
        if (!c.withoutValue().isEmpty()) {
            text += " "
                    + getTranslation(
                            "finance.forecast.coverage.without-value",
                            c.withoutValue().size(),
                            String.join(", ", c.withoutValue()));
        }
        return text;
    }

    /** Called with every forecast shown, e.g. to put its gaps into the page's banner. */
    void onChange(Consumer<Forecast> listener) {
        this.onChange = listener;
    }

    int years() {
        return years.getValue() == null ? 5 : years.getValue();
    }

    BigDecimal indexAssumption() {
        return index.getValue();
    }

    void refresh() {
        Forecast forecast = forecasts.forecast(years(), index.getValue());
        var past = reports.spendByYear(BudgetPanel.SPEND_YEARS).stream()
                .filter(y -> forecast.years().stream().noneMatch(f -> f.fiscalYear() == y.fiscalYear()))
                .toList();
        fan.show(() -> FinanceCharts.forecastFan(past, forecast, this), dark, getTranslation("finance.chart.forecast"));
        EmptyState.on(totals, getTranslation("empty.forecast"));
        totals.setItems(forecast.years());
        coverage.setText(coverage(forecast.coverage()));
        EmptyState.on(lines, getTranslation("empty.forecast"));
        lines.setItems(forecast.lines());
        EmptyState.on(trueUps, getTranslation("empty.forecast.true-ups"));
        trueUps.setItems(forecast.trueUps());
        onChange.accept(forecast);
    }
}

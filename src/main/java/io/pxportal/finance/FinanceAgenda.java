package io.pxportal.finance;

import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.agenda.AgendaScope;
import io.pxportal.shared.agenda.AgendaSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Spend vs budget for a steering review: per review platform with a budget or spend, for the fiscal year containing
 * the review date, the budget, actual, committed and variance (amount and %) in the reporting currency, the
 * full-year outlook and its distance to the budget (the finance overview's outlook), the
 * forecast of the platform's recurring contract costs over the next 3 and 5 fiscal years, and every missing FX rate
 * behind those figures. Actual and committed above the budget call for a decision. Runs as the system user (the
 * governance module builds live agendas that way), so it sees every platform's figures; a viewer then reads only
 * the platforms whose costs {@link FinanceAccess} shows them ({@link #readable}).
 */
@Component
class FinanceAgenda implements AgendaSource {

    static final String SECTION = "budget";
    static final String SUBJECT = "platform";
    static final String BUDGET = "agenda.budget.budget";
    static final String ACTUAL = "agenda.budget.actual";
    static final String COMMITTED = "agenda.budget.committed";
    static final String VARIANCE = "agenda.budget.variance";
    static final String VARIANCE_PERCENT = "agenda.budget.variance-percent";
    static final String FORECAST_3 = "agenda.budget.forecast-3";
    static final String FORECAST_5 = "agenda.budget.forecast-5";
    static final String RATE_GAPS = "agenda.budget.rate-gaps";
    static final String NO_BUDGET = "agenda.budget.no-budget";
    /** The finance overview's own labels: the figures are its outlook panel's. */
    static final String OUTLOOK = "finance.outlook.total";

    static final String OUTLOOK_VARIANCE = "finance.outlook.variance";

    private final FinanceReportService reports;
    private final ForecastService forecasts;
    private final FinanceSettingsService settings;
    private final FinanceAccess access;
    private final OutlookService outlooks;

    FinanceAgenda(
            FinanceReportService reports,
            ForecastService forecasts,
            FinanceSettingsService settings,
            FinanceAccess access,
            OutlookService outlooks) {
        this.reports = reports;
        this.forecasts = forecasts;
        this.settings = settings;
        this.access = access;
        this.outlooks = outlooks;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public List<AgendaItem> items(AgendaScope scope) {
        FiscalCalendar calendar = settings.get().calendar();
        int fiscalYear = calendar.fiscalYearOf(scope.asOf());
        Map<Long, VarianceRow> rows = reports.budgetVsActual(fiscalYear, FinanceDimension.PLATFORM).rows().stream()
                .filter(r -> scope.platformIds().contains(r.id()))
                .collect(Collectors.toMap(VarianceRow::id, Function.identity()));
        Map<Long, Forecast> forecast =
                rows.isEmpty() ? Map.of() : forecasts.forecastsOf(rows.keySet(), 5, scope.asOf());
        Map<Long, FullYearOutlook> outlook = rows.isEmpty() ? Map.of() : outlooks.outlooks(fiscalYear, rows.keySet());
        List<AgendaItem> items = new ArrayList<>();
        for (Long platformId : new TreeSet<>(rows.keySet())) {
            items.add(item(
                    rows.get(platformId),
                    calendar.label(fiscalYear),
                    forecast.get(platformId),
                    outlook.get(platformId)));
        }
        return items;
    }

    /** The items of platforms whose costs the viewer sees, as the budget-vs-actual report shows them. */
    @Override
    public List<AgendaItem> readable(List<AgendaItem> items) {
        Set<Long> visible = access.visiblePlatforms();
        return visible == null
                ? items
                : items.stream()
                        .filter(i -> i.platformId() != null && visible.contains(i.platformId()))
                        .toList();
    }

    private static AgendaItem item(VarianceRow row, String fiscalYear, Forecast forecast, FullYearOutlook outlook) {
        String currency = row.budget().currency();
        Set<RateGap> gaps = new TreeSet<>();
        gaps.addAll(row.budget().gaps());
        gaps.addAll(row.actual().gaps());
        gaps.addAll(row.committed().gaps());
        gaps.addAll(forecast.gaps());
        gaps.addAll(outlook.gaps());
        // Without a budget the row says so, rather than a variance equal to the whole spend.
        List<AgendaFigure> figures = List.of(
                row.budgeted()
                        ? AgendaFigure.money(BUDGET, row.budget().amount(), currency)
                        : AgendaFigure.message(BUDGET, NO_BUDGET),
                AgendaFigure.money(ACTUAL, row.actual().amount(), currency),
                AgendaFigure.money(COMMITTED, row.committed().amount(), currency),
                row.budgeted()
                        ? AgendaFigure.money(VARIANCE, row.variance(), currency)
                        : AgendaFigure.message(VARIANCE, NO_BUDGET),
                AgendaFigure.percent(VARIANCE_PERCENT, row.variancePercent()),
                // What the year will cost, not only what is booked: the contracts' open months and the true-up due.
                AgendaFigure.money(OUTLOOK, outlook.outlook().amount(), outlook.currency()),
                outlook.budgeted()
                        ? AgendaFigure.money(OUTLOOK_VARIANCE, outlook.variance(), outlook.currency())
                        : AgendaFigure.message(OUTLOOK_VARIANCE, NO_BUDGET),
                AgendaFigure.money(FORECAST_3, forecastTotal(forecast, 3), forecast.currency()),
                AgendaFigure.money(FORECAST_5, forecastTotal(forecast, 5), forecast.currency()),
                AgendaFigure.text(
                        RATE_GAPS, gaps.stream().map(RateGap::toString).collect(Collectors.joining(", "))));
        return new AgendaItem(
                SUBJECT,
                row.id(),
                row.id(),
                row.key() + " · " + fiscalYear,
                figures,
                row.overBudget() || row.unbudgetedSpend());
    }

    /** The base forecast of the first {@code years} fiscal years (recurring contract costs at the assumed index). */
    static BigDecimal forecastTotal(Forecast forecast, int years) {
        return forecast.years().stream()
                .limit(years)
                .map(y -> y.base().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

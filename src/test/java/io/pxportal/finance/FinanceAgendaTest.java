package io.pxportal.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.agenda.AgendaLabels;
import io.pxportal.shared.agenda.AgendaScope;
import io.pxportal.shared.security.SystemAuthentication;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The budget section of a steering review on the demo data, as the governance module asks for it. */
@PortalIntegrationTest
@WithMockUser(username = "finance", roles = "FINANCE")
class FinanceAgendaTest {

    @Autowired
    FinanceAgenda agenda;

    @Autowired
    FinanceReportService reports;

    @Autowired
    ForecastService forecasts;

    @Autowired
    FinanceLookups lookups;

    @Autowired
    Clock clock;

    @Test
    void exstream_over_budget_needs_a_decision_with_every_figure_in_the_reporting_currency() {
        LocalDate today = LocalDate.now(clock);
        Long exstream = lookups.platform(FinanceDemoData.EXSTREAM).orElseThrow();
        Long messagepoint = lookups.platform("Messagepoint Content Hub").orElseThrow();

        List<AgendaItem> items = items(new AgendaScope(Set.of(exstream, messagepoint), today, today.plusMonths(3)));

        assertThat(items)
                .extracting(AgendaItem::platformId)
                .containsExactly(Math.min(exstream, messagepoint), Math.max(exstream, messagepoint));
        AgendaItem item = items.stream()
                .filter(i -> i.platformId().equals(exstream))
                .findFirst()
                .orElseThrow();
        VarianceRow row = reports.budgetVsActual(reports.currentFiscalYear(), FinanceDimension.PLATFORM).rows().stream()
                .filter(r -> exstream.equals(r.id()))
                .findFirst()
                .orElseThrow();
        assertThat(item.needsDecision()).isTrue();
        assertThat(item.title()).isEqualTo(FinanceDemoData.EXSTREAM + " · " + reports.currentFiscalYear());
        // The demo's budgets: maintenance 320,000, infrastructure 110,000, staff 285,000, services 60,000.
        assertThat(amount(item, FinanceAgenda.BUDGET)).isEqualByComparingTo("775000.00");
        assertThat(amount(item, FinanceAgenda.ACTUAL))
                .isEqualByComparingTo(row.actual().amount());
        assertThat(amount(item, FinanceAgenda.COMMITTED))
                .isEqualByComparingTo(row.committed().amount());
        assertThat(amount(item, FinanceAgenda.VARIANCE))
                .isEqualByComparingTo(amount(item, FinanceAgenda.ACTUAL)
                        .add(amount(item, FinanceAgenda.COMMITTED))
                        .subtract(amount(item, FinanceAgenda.BUDGET)));
        assertThat(amount(item, FinanceAgenda.VARIANCE_PERCENT)).isEqualByComparingTo(row.variancePercent());
        assertThat(item.figures())
                .filteredOn(f -> f.kind() == AgendaFigure.Kind.MONEY)
                .hasSize(8)
                .allSatisfy(f -> assertThat(f.unit()).isEqualTo("EUR"));
        // The demo leaves the EUR/USD rate of the fiscal year's first month out: the gap is stated, not hidden.
        String missing = "USD " + FinanceDemoData.missingUsdMonth(new FiscalCalendar(1), today);
        assertThat(figure(item, FinanceAgenda.RATE_GAPS).value()).contains(missing);
        BigDecimal three = amount(item, FinanceAgenda.FORECAST_3);
        BigDecimal five = amount(item, FinanceAgenda.FORECAST_5);
        assertThat(three).isPositive();
        assertThat(five).isGreaterThan(three);
    }

    @Test
    void the_forecast_figures_are_the_forecast_of_the_platforms_own_contracts() {
        LocalDate today = LocalDate.now(clock);
        Long exstream = lookups.platform(FinanceDemoData.EXSTREAM).orElseThrow();
        List<ForecastLine> lines = forecasts.forecast(5, null).lines().stream()
                .filter(l -> exstream.equals(l.platformId()))
                .toList();
        assertThat(lines)
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l.amount().currency()).isEqualTo("EUR"));
        BigDecimal expected = lines.stream().map(l -> l.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);

        AgendaItem item = items(new AgendaScope(Set.of(exstream), today, today.plusMonths(3)))
                .getFirst();

        assertThat(amount(item, FinanceAgenda.FORECAST_5)).isCloseTo(expected, within(new BigDecimal("0.05")));
    }

    @Test
    void each_figure_carries_the_measure_the_finance_overview_shows_under_that_label() {
        LocalDate today = LocalDate.now(clock);
        Long exstream = lookups.platform(FinanceDemoData.EXSTREAM).orElseThrow();
        List<AgendaItem> items = items(new AgendaScope(Set.of(exstream), today, today.plusMonths(3)));

        // The multi-year sums and the missing rates have no column of their own in the overview: their labels say
        // what they are.
        AgendaLabels.assertNamedAsInTheView(
                items,
                java.util.Map.of(
                        FinanceAgenda.BUDGET,
                        "finance.budget",
                        FinanceAgenda.ACTUAL,
                        "finance.actual",
                        FinanceAgenda.COMMITTED,
                        "finance.committed",
                        FinanceAgenda.VARIANCE,
                        "finance.variance",
                        FinanceAgenda.VARIANCE_PERCENT,
                        "finance.variance-percent",
                        FinanceAgenda.FORECAST_3,
                        FinanceAgenda.FORECAST_3,
                        FinanceAgenda.FORECAST_5,
                        FinanceAgenda.FORECAST_5,
                        FinanceAgenda.RATE_GAPS,
                        FinanceAgenda.RATE_GAPS,
                        FinanceAgenda.OUTLOOK,
                        FinanceAgenda.OUTLOOK,
                        FinanceAgenda.OUTLOOK_VARIANCE,
                        FinanceAgenda.OUTLOOK_VARIANCE));
        VarianceRow row = reports.budgetVsActual(reports.currentFiscalYear(), FinanceDimension.PLATFORM).rows().stream()
                .filter(r -> exstream.equals(r.id()))
                .findFirst()
                .orElseThrow();
        AgendaItem item = items.getFirst();
        assertThat(amount(item, FinanceAgenda.BUDGET))
                .isEqualByComparingTo(row.budget().amount());
        assertThat(amount(item, FinanceAgenda.VARIANCE)).isEqualByComparingTo(row.variance());
    }

    @Autowired
    OutlookService outlooks;

    /** The committee sees what the year will cost beside the budget, as the finance overview's outlook says it. */
    @Test
    void the_full_year_outlook_and_its_distance_to_the_budget_are_the_finance_overviews() {
        LocalDate today = LocalDate.now(clock);
        Long exstream = lookups.platform(FinanceDemoData.EXSTREAM).orElseThrow();
        FullYearOutlook outlook = outlooks.outlook(reports.currentFiscalYear(), exstream);

        AgendaItem item = items(new AgendaScope(Set.of(exstream), today, today.plusMonths(3)))
                .getFirst();

        assertThat(amount(item, FinanceAgenda.OUTLOOK))
                .isEqualByComparingTo(outlook.outlook().amount());
        assertThat(amount(item, FinanceAgenda.OUTLOOK_VARIANCE))
                .isEqualByComparingTo(outlook.variance())
                .isEqualByComparingTo(amount(item, FinanceAgenda.OUTLOOK).subtract(amount(item, FinanceAgenda.BUDGET)));
        assertThat(figure(item, FinanceAgenda.OUTLOOK).unit()).isEqualTo("EUR");
    }

    @Test
    void a_year_without_a_budget_reads_no_budget_and_no_variance_on_the_agenda() {
        LocalDate lastYear = LocalDate.now(clock).minusYears(1);
        Long exstream = lookups.platform(FinanceDemoData.EXSTREAM).orElseThrow();

        AgendaItem item = items(new AgendaScope(Set.of(exstream), lastYear, lastYear.plusMonths(3)))
                .getFirst();

        assertThat(figure(item, FinanceAgenda.BUDGET))
                .isEqualTo(AgendaFigure.message(FinanceAgenda.BUDGET, FinanceAgenda.NO_BUDGET));
        assertThat(figure(item, FinanceAgenda.VARIANCE))
                .isEqualTo(AgendaFigure.message(FinanceAgenda.VARIANCE, FinanceAgenda.NO_BUDGET));
        assertThat(figure(item, FinanceAgenda.VARIANCE_PERCENT).value()).isEmpty();
        assertThat(figure(item, FinanceAgenda.OUTLOOK_VARIANCE))
                .isEqualTo(AgendaFigure.message(FinanceAgenda.OUTLOOK_VARIANCE, FinanceAgenda.NO_BUDGET));
        assertThat(amount(item, FinanceAgenda.ACTUAL)).isPositive();
        // Spend without a budget is for the committee to decide on; the pack's chart draws no budget bar for it.
        assertThat(item.needsDecision()).isTrue();
        var charts = new FinanceAgendaCharts()
                .charts(
                        List.of(item),
                        new io.pxportal.shared.agenda.AgendaChartSource.Context(
                                java.util.Locale.ENGLISH, key -> key, java.util.Map.of(exstream, "Exstream")));
        assertThat(charts.getFirst()
                        .chart()
                        .getCategoryPlot()
                        .getDataset()
                        .getRowKeys()
                        .toArray())
                .doesNotContain(FinanceAgenda.BUDGET);
    }

    private List<AgendaItem> items(AgendaScope scope) {
        List<List<AgendaItem>> result = new ArrayList<>();
        SystemAuthentication.runAs("steering-agenda", () -> result.add(agenda.items(scope)));
        return result.getFirst();
    }

    private static AgendaFigure figure(AgendaItem item, String label) {
        return item.figures().stream()
                .filter(f -> f.labelKey().equals(label))
                .findFirst()
                .orElseThrow();
    }

    private static BigDecimal amount(AgendaItem item, String label) {
        return new BigDecimal(figure(item, label).value());
    }
}

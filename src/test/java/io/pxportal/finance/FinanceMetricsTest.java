package io.pxportal.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.TestLogins;
import io.pxportal.shared.metric.DerivedValue;
import io.pxportal.shared.metric.Evidence;
import io.pxportal.shared.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * {@code px.budget-variance} on the worked example of docs/scoring.md ("Budget variance"), recorded in fiscal year
 * 2011, which no other test and no demo data uses: Exstream has a budget and spend (one USD amount without a rate),
 * Inspire spend without a budget, Messagepoint a budget without spend.
 */
@PortalIntegrationTest
@WithMockUser(username = "finance", roles = "FINANCE")
class FinanceMetricsTest {

    private static final int YEAR = 2011;

    @Autowired
    FinanceMetrics metrics;

    @Autowired
    CostLineService costs;

    @Autowired
    BudgetService budgets;

    @Autowired
    FxRateService rates;

    @Autowired
    FinanceSettingsService settings;

    @Autowired
    FinanceLookups lookups;

    @ParameterizedTest(name = "{0}: budget {1} × {2}/12 vs actual {3} → {4} %")
    @CsvSource({
        "quarter ends with September, 120000, 9, 82000, 8.9",
        "running quarter on 15 August, 120000, 7, 63000, 10.0",
        "over budget reads the same, 120000, 9, 98000, 8.9",
        "on budget, 120000, 6, 60000, 0.0"
    })
    void the_worked_example(String what, BigDecimal budget, long months, BigDecimal actual, String percent) {
        assertThat(FinanceMetrics.variancePercent(actual, FinanceMetrics.proRata(budget, months)))
                .isEqualByComparingTo(percent);
    }

    @ParameterizedTest
    @CsvSource({"2011-09-30, 2011-09", "2011-08-15, 2011-07", "2011-02-28, 2011-02", "2012-01-01, 2011-12"})
    void a_period_counts_the_months_complete_on_its_last_day(LocalDate to, String month) {
        assertThat(FinanceMetrics.lastCompleteMonth(to)).isEqualTo(YearMonth.parse(month));
    }

    @Test
    void a_quarter_compares_the_actual_to_date_with_the_budget_pro_rata_and_names_the_missing_rate() {
        recordWorkedExample();
        Long exstream = platform(FinanceDemoData.EXSTREAM);

        Map<Long, DerivedValue> q3 = values(LocalDate.of(YEAR, 7, 1), LocalDate.of(YEAR, 9, 30));

        assertThat(q3).containsOnlyKeys(exstream);
        assertThat(q3.get(exstream).value()).isEqualByComparingTo("8.9");
        List<Evidence> evidence = q3.get(exstream).evidence();
        assertThat(evidence).anySatisfy(e -> {
            assertThat(e.route()).isEqualTo("finance");
            assertThat(e.query())
                    .containsEntry("platformId", String.valueOf(exstream))
                    .containsEntry("fiscalYear", "2011");
            assertThat(e.detail()).isEqualTo("EUR 120000.00 for the year × 9/12 = EUR 90000.00 to 2011-09");
        });
        assertThat(evidence).anySatisfy(e -> {
            assertThat(e.route()).isEqualTo("finance/costs");
            assertThat(e.query()).containsEntry("kind", "ACTUAL");
            assertThat(e.detail()).isEqualTo("EUR 82000.00 actual");
        });
        assertThat(evidence).anySatisfy(e -> {
            assertThat(e.label()).isEqualTo("No USD/EUR rate for 2011-08");
            assertThat(e.detail()).isEqualTo("USD 2200.00 left out of the actual, not converted 1:1");
        });
    }

    @Test
    void the_running_quarter_counts_only_complete_months() {
        recordWorkedExample();
        Long exstream = platform(FinanceDemoData.EXSTREAM);

        Map<Long, DerivedValue> running = values(LocalDate.of(YEAR, 7, 1), LocalDate.of(YEAR, 8, 15));

        assertThat(running.get(exstream).value()).isEqualByComparingTo("10.0");
        // The fiscal year's first month, not yet complete: nothing to measure.
        assertThat(values(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 1, 20))).isEmpty();
    }

    @Test
    void a_product_owner_who_may_not_read_costs_gets_no_value() {
        recordWorkedExample();
        Map<Long, DerivedValue> values = TestLogins.as(
                "olena", () -> values(LocalDate.of(YEAR, 7, 1), LocalDate.of(YEAR, 9, 30)), Role.PRODUCT_OWNER);

        assertThat(values).isEmpty();
    }

    private Map<Long, DerivedValue> values(LocalDate from, LocalDate to) {
        return metrics.values(FinanceMetrics.BUDGET_VARIANCE, allThree(), from, to);
    }

    private List<Long> allThree() {
        return List.of(
                platform(FinanceDemoData.EXSTREAM),
                platform("Inspire Correspondence"),
                platform("Messagepoint Content Hub"));
    }

    /** scoring.md's example, recorded once for the shared test context. */
    private void recordWorkedExample() {
        assertThat(settings.get().fiscalYearStartMonth())
                .as("the example's fiscal year is the calendar year")
                .isEqualTo(1);
        if (costs.count(new CostLineFilter("PXBV-", null, null, null, null, null)) > 0) {
            return;
        }
        Long exstream = platform(FinanceDemoData.EXSTREAM);
        budgets.create(
                new BudgetDraft(exstream, YEAR, CostCategory.MAINTENANCE, new BigDecimal("96000.00"), "EUR", null));
        budgets.create(
                new BudgetDraft(exstream, YEAR, CostCategory.INFRASTRUCTURE, new BigDecimal("24000.00"), "EUR", null));
        budgets.create(new BudgetDraft(
                platform("Messagepoint Content Hub"),
                YEAR,
                CostCategory.SUBSCRIPTION,
                new BigDecimal("50000.00"),
                "EUR",
                null));
        for (int month = 1; month <= 9; month++) {
            line("PXBV-MAINT-" + month, exstream, CostCategory.MAINTENANCE, CostKind.ACTUAL, month, "9000.00", "EUR");
        }
        rates.save(new FxRateDraft(YearMonth.of(YEAR, 9), "EUR", "USD", new BigDecimal("1.10"), null));
        line("PXBV-HOST-9", exstream, CostCategory.INFRASTRUCTURE, CostKind.ACTUAL, 9, "1100.00", "USD");
        line("PXBV-HOST-8", exstream, CostCategory.INFRASTRUCTURE, CostKind.ACTUAL, 8, "2200.00", "USD");
        line("PXBV-PO-9", exstream, CostCategory.MAINTENANCE, CostKind.COMMITTED, 9, "5000.00", "EUR");
        line("PXBV-PO-10", exstream, CostCategory.MAINTENANCE, CostKind.COMMITTED, 10, "30000.00", "EUR");
        line(
                "PXBV-INSPIRE-3",
                platform("Inspire Correspondence"),
                CostCategory.MAINTENANCE,
                CostKind.ACTUAL,
                3,
                "7000.00",
                "EUR");
    }

    private void line(
            String reference,
            Long platform,
            CostCategory category,
            CostKind kind,
            int month,
            String amount,
            String currency) {
        costs.create(new CostLineDraft(
                reference,
                platform,
                null,
                null,
                category,
                kind,
                YearMonth.of(YEAR, month),
                new BigDecimal(amount),
                currency,
                "budget variance example",
                null));
    }

    private Long platform(String name) {
        return lookups.platform(name).orElseThrow();
    }
}

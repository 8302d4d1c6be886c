package io.pxportal.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.exchange.DirectImport;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.FileFormat;
import io.pxportal.exchange.ImportOptions;
import io.pxportal.exchange.ImportOutcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The finance module on the demo data: budget vs actual, missing rates, forecast scenario, unit cost, the report. */
@PortalIntegrationTest
@WithMockUser(username = "finance", roles = "FINANCE")
class FinanceServiceTest {

    @Autowired
    FinanceReportService reports;

    @Autowired
    ForecastService forecasts;

    @Autowired
    UnitCostService unitCosts;

    @Autowired
    CostLineService costs;

    @Autowired
    FinanceLookups lookups;

    @Autowired
    FinanceWorkbookService workbooks;

    @Autowired
    DirectImport imports;

    @Autowired
    ExportService exports;

    @Autowired
    OutlookService outlooks;

    @Autowired
    Clock clock;

    @Test
    void this_years_outlook_adds_what_the_contracts_still_cost_to_actual_and_committed_and_stands_beside_the_budget() {
        int year = reports.currentFiscalYear();
        BudgetVsActual budget = reports.budgetVsActual(year, FinanceDimension.PLATFORM);

        FullYearOutlook outlook = outlooks.outlook(year, null);

        assertThat(outlook.actual()).isEqualTo(budget.total().actual());
        assertThat(outlook.committed()).isEqualTo(budget.total().committed());
        assertThat(outlook.outlook().amount())
                .isEqualByComparingTo(outlook.actual()
                        .amount()
                        .add(outlook.committed().amount())
                        .add(outlook.contractedRemainder().amount())
                        .add(outlook.oneOffs().amount()));
        // Never below what is already spent or committed, unlike the contracts' forecast of the year.
        assertThat(outlook.outlook().amount())
                .isGreaterThanOrEqualTo(
                        outlook.actual().amount().add(outlook.committed().amount()));
        assertThat(outlook.openFrom()).isEqualTo(YearMonth.now(clock));
        assertThat(outlook.contracts()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.remainder().amount())
                    .isLessThanOrEqualTo(c.openCost().amount())
                    .isNotNegative();
            // The demo commits every open month of its contracts: what is booked against them is not counted again.
            assertThat(c.remainder().amount())
                    .isLessThanOrEqualTo(
                            c.yearCost().amount().subtract(c.booked().amount()).max(BigDecimal.ZERO));
        });
        assertThat(outlook.budgeted()).isTrue();
        assertThat(outlook.variance())
                .isEqualByComparingTo(outlook.outlook()
                        .amount()
                        .subtract(budget.total().budget().amount()));
    }

    @Test
    void a_year_without_a_budget_says_so_instead_of_a_variance_of_the_whole_spend() throws Exception {
        int lastYear = reports.currentFiscalYear() - 1;

        BudgetVsActual figures = reports.budgetVsActual(lastYear, FinanceDimension.PLATFORM);

        assertThat(figures.rows()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.budgeted()).isFalse();
            assertThat(r.variance()).isNull();
            assertThat(r.variancePercent()).isNull();
            assertThat(r.overBudget()).isFalse();
        });
        assertThat(figures.total().actual().amount()).isPositive();
        assertThat(figures.total().variance()).isNull();
        assertThat(outlooks.outlook(lastYear, null).variance()).isNull();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbooks.write(lastYear, 3, null, Locale.ENGLISH, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Budget by Platform");
            var total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("No budget");
            assertThat(total.getCell(4).getStringCellValue()).isEqualTo("No budget");
        }
    }

    @Test
    void cost_per_communication_is_shown_per_thousand_to_the_cent_in_the_report_as_on_screen() throws Exception {
        var rows = unitCosts.costPerCommunication(3, false);
        var exstream = rows.stream()
                .filter(u -> u.platform().equals(FinanceDemoData.EXSTREAM) && u.costPerThousand() != null)
                .findFirst()
                .orElseThrow();

        assertThat(exstream.costPerThousand().scale()).isEqualTo(2);
        assertThat(exstream.costPerThousand())
                .isEqualByComparingTo(exstream.spend()
                        .amount()
                        .multiply(BigDecimal.valueOf(1000))
                        .divide(exstream.communications(), 2, java.math.RoundingMode.HALF_EVEN));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbooks.write(reports.currentFiscalYear(), 3, null, Locale.ENGLISH, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Cost per communication");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Cost per 1,000 communications");
            var shown = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .skip(1)
                    .filter(r -> r.getCell(0).getStringCellValue().equals(exstream.platform())
                            && r.getCell(1).getStringCellValue().equals(exstream.periodLabel()))
                    .findFirst()
                    .orElseThrow();
            assertThat(BigDecimal.valueOf(shown.getCell(4).getNumericCellValue()))
                    .isEqualByComparingTo(exstream.costPerThousand());
            assertThat(shown.getCell(4).getCellStyle().getDataFormatString())
                    .contains("0.00")
                    .contains("EUR");
        }
    }

    @Test
    void this_years_budget_vs_actual_shows_exstream_over_budget_and_the_missing_usd_rate() {
        int year = reports.currentFiscalYear();
        BudgetVsActual figures = reports.budgetVsActual(year, FinanceDimension.PLATFORM);

        VarianceRow exstream = figures.rows().stream()
                .filter(r -> r.key().equals(FinanceDemoData.EXSTREAM))
                .findFirst()
                .orElseThrow();
        assertThat(exstream.overBudget()).isTrue();
        assertThat(figures.currency()).isEqualTo("EUR");
        YearMonth missing = FinanceDemoData.missingUsdMonth(new FiscalCalendar(1), LocalDate.now(clock));
        assertThat(figures.gaps()).contains(new RateGap("USD", missing));
        // The USD hosting of the month without a rate is left out and shown, not added 1:1.
        assertThat(exstream.actual().complete() && exstream.committed().complete())
                .isFalse();
        assertThat(exstream.actual()
                        .unconverted()
                        .getOrDefault("USD", BigDecimal.ZERO)
                        .add(exstream.committed().unconverted().getOrDefault("USD", BigDecimal.ZERO)))
                .isEqualByComparingTo("9500.00");
    }

    @Test
    void a_higher_index_assumption_raises_the_five_year_forecast_within_the_cap() {
        Forecast atFloor = forecasts.forecast(5, new BigDecimal("1"));
        Forecast mid = forecasts.forecast(5, new BigDecimal("5"));
        Forecast aboveCap = forecasts.forecast(5, new BigDecimal("12"));
        Forecast atCap = forecasts.forecast(5, new BigDecimal("7"));

        assertThat(mid.years()).hasSize(5);
        BigDecimal last = mid.years().getLast().base().amount();
        assertThat(last).isGreaterThan(atFloor.years().getLast().base().amount());
        assertThat(aboveCap.years().getLast().base().amount())
                .isEqualByComparingTo(atCap.years().getLast().base().amount());
        ForecastLine indexed = atFloor.lines().stream()
                .filter(l -> l.number().equals("OT-2019-0042"))
                .findFirst()
                .orElseThrow();
        assertThat(indexed.clause().bound()).isEqualTo(ForecastLine.Bound.FLOOR);
        assertThat(indexed.upliftApplied()).isEqualByComparingTo("3");
        // The pilot does not renew: its costs stop at its term end, within a year from now.
        var pilot = mid.lines().stream()
                .filter(l -> l.number().equals("SC-PILOT-2026"))
                .toList();
        assertThat(pilot).isNotEmpty().hasSizeLessThanOrEqualTo(2);
        assertThat(pilot.getLast().endReason()).isEqualTo(ForecastContract.EndReason.LAST_TERM);
        assertThat(mid.trueUps()).isNotEmpty();
    }

    @Test
    void exstream_has_a_cost_per_communication_from_its_production_volumes() {
        var rows = unitCosts.costPerCommunication(2, false);

        assertThat(rows)
                .filteredOn(u -> u.platform().equals(FinanceDemoData.EXSTREAM))
                .anySatisfy(u -> assertThat(u.costPerCommunication())
                        .isNotNull()
                        .isPositive()
                        .isLessThan(new BigDecimal("1")));
        assertThat(rows)
                .filteredOn(u -> u.platform().equals("Messagepoint Content Hub"))
                .allSatisfy(u -> assertThat(u.costPerCommunication()).isNull());
    }

    @Test
    void recording_a_cost_twice_by_reference_keeps_one_line() {
        Long platform = lookups.platform("Messagepoint Content Hub").orElseThrow();
        CostLineDraft credit = new CostLineDraft(
                "CREDIT-TEST-1",
                platform,
                null,
                null,
                CostCategory.SUBSCRIPTION,
                CostKind.ACTUAL,
                YearMonth.now(clock),
                new BigDecimal("-1250.00"),
                "EUR",
                "Service credit",
                null);

        CostLineView first = costs.record(credit);
        CostLineView again = costs.record(credit);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.source()).isEqualTo(CostSource.MODULE);
        assertThat(costs.count(new CostLineFilter("CREDIT-TEST-1", null, null, null, null, null)))
                .isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void steering_reads_figures_but_records_no_cost() {
        Long platform = lookups.platform("Messagepoint Content Hub").orElseThrow();
        assertThat(reports.spendByYear(3)).hasSize(3);
        assertThatThrownBy(() -> costs.create(new CostLineDraft(
                        "STEER-1",
                        platform,
                        null,
                        null,
                        CostCategory.LICENCE,
                        CostKind.ACTUAL,
                        YearMonth.now(clock),
                        BigDecimal.TEN,
                        "EUR",
                        null,
                        null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void product_owners_see_no_costs_while_the_setting_is_off() {
        assertThat(costs.count(CostLineFilter.all())).isZero();
        assertThat(reports.budgetVsActual(reports.currentFiscalYear(), FinanceDimension.PLATFORM)
                        .rows())
                .isEmpty();
    }

    @Test
    void the_xlsx_report_holds_the_figures_shown_as_numbers() throws Exception {
        int year = reports.currentFiscalYear();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbooks.write(year, 5, null, Locale.ENGLISH, out);
        BudgetVsActual shown = reports.budgetVsActual(year, FinanceDimension.PLATFORM);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Budget by Platform");
            assertThat(sheet).isNotNull();
            var total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(BigDecimal.valueOf(total.getCell(2).getNumericCellValue()))
                    .isEqualByComparingTo(shown.total().actual().amount());
            assertThat(total.getCell(2).getCellStyle().getDataFormatString()).contains("EUR");
            assertThat(workbook.getSheet("Forecast").getPhysicalNumberOfRows()).isGreaterThan(5);
        }
    }

    @Test
    void cost_lines_exported_by_the_portal_import_back_unchanged() {
        long lines = costs.count(CostLineFilter.all());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeAll("cost-lines", FileFormat.CSV, Locale.forLanguageTag("uk"), out);

        ImportOutcome outcome = imports.importNow(
                "cost-lines", "cost-lines.csv", new ByteArrayInputStream(out.toByteArray()), ImportOptions.defaults());

        assertThat(outcome).isEqualTo(new ImportOutcome(0, 0, (int) lines));
        assertThat(costs.page(CostLineFilter.all(), PageRequest.of(0, 1))).isNotEmpty();
    }
}

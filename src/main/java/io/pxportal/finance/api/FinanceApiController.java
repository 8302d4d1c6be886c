package io.pxportal.finance.api;

import io.pxportal.finance.BudgetVsActual;
import io.pxportal.finance.FinanceDimension;
import io.pxportal.finance.FinanceReportService;
import io.pxportal.finance.FinanceSettings;
import io.pxportal.finance.FinanceSettingsService;
import io.pxportal.finance.Forecast;
import io.pxportal.finance.ForecastService;
import io.pxportal.finance.FxRateDraft;
import io.pxportal.finance.FxRateService;
import io.pxportal.finance.FxRateView;
import io.pxportal.finance.SpendYear;
import io.pxportal.finance.UnitCost;
import io.pxportal.finance.UnitCostService;
import io.pxportal.shared.api.ApiController;
import io.pxportal.shared.api.ApiPage;
import io.pxportal.shared.api.ApiPageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController
@RequestMapping("/api/v1")
@Tag(
        name = "Finance",
        description = "Spend, budget vs actual, forecast and cost per communication in the reporting "
                + "currency; every amount names its currency and every missing FX rate is listed as a gap. FX rates per "
                + "month: FINANCE and ADMIN change them.")
class FinanceApiController {

    private final FinanceReportService reports;
    private final ForecastService forecasts;
    private final UnitCostService unitCosts;
    private final FinanceSettingsService settings;
    private final FxRateService rates;

    FinanceApiController(
            FinanceReportService reports,
            ForecastService forecasts,
            UnitCostService unitCosts,
            FinanceSettingsService settings,
            FxRateService rates) {
        this.reports = reports;
        this.forecasts = forecasts;
        this.unitCosts = unitCosts;
        this.settings = settings;
        this.rates = rates;
    }

    @GetMapping("/finance/settings")
    @Operation(
            summary = "The finance settings",
            description = "Reporting currency, fiscal-year start month, index "
                    + "assumption, whether product owners see their platforms' costs.")
    FinanceSettings settings() {
        return settings.get();
    }

    @GetMapping("/finance/spend")
    @Operation(
            summary = "Actual spend by fiscal year and category",
            description = "The `years` fiscal years up to " + "the current one.")
    List<SpendYear> spend(@RequestParam(defaultValue = "3") int years) {
        return reports.spendByYear(Math.max(1, Math.min(years, 10)));
    }

    @GetMapping("/finance/budget-vs-actual")
    @Operation(
            summary = "Budget vs actual vs committed",
            description = "By PLATFORM, VENDOR or CATEGORY; variance "
                    + "= actual + committed − budget (positive: over budget).")
    BudgetVsActual budgetVsActual(
            @Parameter(description = "Fiscal year; the current one if left out") @RequestParam(required = false)
                    Integer fiscalYear,
            @RequestParam(defaultValue = "PLATFORM") FinanceDimension dimension) {
        return reports.budgetVsActual(fiscalYear == null ? reports.currentFiscalYear() : fiscalYear, dimension);
    }

    @GetMapping("/finance/forecast")
    @Operation(
            summary = "Forecast from the contracts' uplift clauses",
            description = "The `years` fiscal years "
                    + "from the current one, at `indexAssumption` % (the settings' if left out) with the fan ± 2 points, "
                    + "each line traceable to its contract and clause, plus the true-up risk.")
    Forecast forecast(
            @RequestParam(defaultValue = "5") int years, @RequestParam(required = false) BigDecimal indexAssumption) {
        return forecasts.forecast(years, indexAssumption);
    }

    @GetMapping("/finance/cost-per-communication")
    @Operation(
            summary = "Cost per communication per platform",
            description = "Actual spend / production "
                    + "communications per fiscal year (or quarter); null where nothing was measured.")
    List<UnitCost> costPerCommunication(
            @RequestParam(defaultValue = "3") int years, @RequestParam(defaultValue = "false") boolean quarterly) {
        return unitCosts.costPerCommunication(Math.max(1, Math.min(years, 10)), quarterly);
    }

    @GetMapping("/fx-rates")
    @Operation(summary = "One page of FX rates", description = "Newest month first: 1 base = rate quote.")
    ApiPage<FxRateView> rates(@ParameterObject ApiPageParams paging) {
        var request = paging.request(Sort.by(Sort.Order.desc("month")));
        return ApiPage.of(rates.page(request), paging.page(), paging.size(), rates.count());
    }

    @PutMapping("/fx-rates")
    @Operation(
            summary = "Record or correct a month's rate",
            description = "Send `version` (from the list) to "
                    + "correct a stored rate; without it a second rate for the same month and pair is refused.")
    FxRateView saveRate(@RequestBody FxRateDraft draft) {
        return rates.save(draft);
    }
}

package io.pxportal.finance;

import io.pxportal.contracts.ContractView;
import io.pxportal.shared.security.SystemAuthentication;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: three fiscal years of monthly actuals (EUR invoices from the CCM vendors, hosting in USD, the
 * SmartCOMM pilot invoiced in GBP, an offshore support team paid in UAH), the rest of the current fiscal year as
 * committed, current-year budgets with Exstream over budget, and monthly EUR/USD, EUR/GBP and EUR/UAH rates with
 * the EUR/USD rate of the current fiscal year's first month deliberately missing, so the gap shows. Amounts from
 * assumed CCM price levels; dates relative to today.
 */
@Component
@Profile("demo")
@Order(50)
class FinanceDemoData implements ApplicationRunner {

    static final String EXSTREAM = "Exstream Statements";
    private static final Logger log = LoggerFactory.getLogger(FinanceDemoData.class);

    private final CostLineService costs;
    private final CostLineRepository repository;
    private final BudgetService budgets;
    private final FxRateService rates;
    private final FinanceSettingsService settings;
    private final FinanceLookups lookups;
    private final Clock clock;
    private final Map<String, Optional<ContractView>> contractCache = new HashMap<>();
    private final Map<String, Optional<Long>> platformCache = new HashMap<>();

    FinanceDemoData(
            CostLineService costs,
            CostLineRepository repository,
            BudgetService budgets,
            FxRateService rates,
            FinanceSettingsService settings,
            FinanceLookups lookups,
            Clock clock) {
        this.costs = costs;
        this.repository = repository;
        this.budgets = budgets;
        this.rates = rates;
        this.settings = settings;
        this.lookups = lookups;
        this.clock = clock;
    }

    /** The month whose EUR/USD rate the demo leaves out. */
    static YearMonth missingUsdMonth(FiscalCalendar calendar, LocalDate today) {
        return calendar.firstMonth(calendar.fiscalYearOf(today));
    }

    @Override
    public void run(ApplicationArguments args) {
        // Lines other modules record (a service credit the support demo grants) may arrive first; they are not ours.
        if (repository.countBySourceNot(CostSource.MODULE) > 0) {
            return;
        }
        SystemAuthentication.runAs("demo-data", () -> {
            FiscalCalendar calendar = settings.get().calendar();
            LocalDate today = LocalDate.now(clock);
            int current = calendar.fiscalYearOf(today);
            YearMonth first = calendar.firstMonth(current - 2);
            YearMonth last = calendar.lastMonth(current);
            YearMonth thisMonth = YearMonth.from(today);
            loadRates(first, thisMonth, missingUsdMonth(calendar, today));
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                CostKind kind = month.isBefore(thisMonth) ? CostKind.ACTUAL : CostKind.COMMITTED;
                int yearsAgo = current - calendar.fiscalYearOf(month);
                loadMonth(month, kind, yearsAgo);
            }
            loadBudgets(current);
        });
        log.info("Demo finance data loaded");
    }

    private void loadRates(YearMonth first, YearMonth last, YearMonth missingUsd) {
        int i = 0;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1), i++) {
            // Gentle, deterministic drift around plausible levels.
            if (!month.equals(missingUsd)) {
                rate(month, "USD", 1.075 + 0.02 * Math.sin(i / 3.0));
            }
            rate(month, "GBP", 0.852 + 0.008 * Math.cos(i / 4.0));
            rate(month, "UAH", 41.0 + 0.22 * i);
        }
    }

    private void rate(YearMonth month, String quote, double rate) {
        rates.save(new FxRateDraft(
                month, "EUR", quote, BigDecimal.valueOf(rate).setScale(4, RoundingMode.HALF_EVEN), null));
    }

    private void loadMonth(YearMonth month, CostKind kind, int yearsAgo) {
        // Maintenance rises by the contract's capped index (about 4 % a year).
        cost(
                EXSTREAM,
                "OT-2019-0042",
                CostCategory.MAINTENANCE,
                month,
                kind,
                monthly(360_000 / Math.pow(1.04, yearsAgo)),
                "EUR",
                "Exstream maintenance");
        cost(EXSTREAM, null, CostCategory.INFRASTRUCTURE, month, kind, "9500.00", "USD", "Data centre hosting");
        cost(
                EXSTREAM,
                null,
                CostCategory.INTERNAL_STAFF,
                month,
                kind,
                yearsAgo == 0 ? "1150000.00" : "1050000.00",
                "UAH",
                "Template development team, Kyiv");
        if (month.getMonthValue() % 3 == 0) {
            cost(
                    EXSTREAM,
                    "OT-2019-0042",
                    CostCategory.VENDOR_SERVICES,
                    month,
                    kind,
                    "18000.00",
                    "EUR",
                    "OpenText consulting days");
        }
        cost(
                "Inspire Correspondence",
                "QD-MSLA-2021",
                CostCategory.MAINTENANCE,
                month,
                kind,
                monthly(380_000 / Math.pow(1.04, yearsAgo)),
                "EUR",
                "Inspire term licence and MSLA");
        cost(
                "Inspire Correspondence",
                null,
                CostCategory.INFRASTRUCTURE,
                month,
                kind,
                "6000.00",
                "USD",
                "Private cloud hosting");
        since("OT-SAAS-2025-7", month).ifPresent(start -> {
            cost(
                    "OpenText Communications Cloud",
                    "OT-SAAS-2025-7",
                    CostCategory.SUBSCRIPTION,
                    month,
                    kind,
                    monthly(420_000),
                    "EUR",
                    "Communications SaaS subscription");
            cost(
                    "OpenText Communications Cloud",
                    null,
                    CostCategory.VENDOR_SERVICES,
                    month,
                    kind,
                    "25000.00",
                    "EUR",
                    "Exstream migration project");
        });
        since("SC-PILOT-2026", month)
                .ifPresent(start -> cost(
                        "SmartCOMM Onboarding Pilot",
                        "SC-PILOT-2026",
                        CostCategory.SUBSCRIPTION,
                        month,
                        kind,
                        "4300.00",
                        "GBP",
                        "SmartCOMM pilot subscription"));
        since("MP-2026-01", month)
                .ifPresent(start -> cost(
                        "Messagepoint Content Hub",
                        "MP-2026-01",
                        CostCategory.SUBSCRIPTION,
                        month,
                        kind,
                        monthly(150_000),
                        "EUR",
                        "Messagepoint subscription"));
    }

    /** The month, if the contract had started by its end. */
    private Optional<YearMonth> since(String contract, YearMonth month) {
        return contract(contract)
                .map(c -> YearMonth.from(c.draft().start()))
                .filter(start -> !start.isAfter(month))
                .map(start -> month);
    }

    private Optional<ContractView> contract(String number) {
        return contractCache.computeIfAbsent(number, lookups::contractView);
    }

    private Optional<Long> platform(String name) {
        return platformCache.computeIfAbsent(name, lookups::platform);
    }

    private void loadBudgets(int fiscalYear) {
        budget(EXSTREAM, fiscalYear, CostCategory.MAINTENANCE, "320000.00");
        budget(EXSTREAM, fiscalYear, CostCategory.INFRASTRUCTURE, "110000.00");
        budget(EXSTREAM, fiscalYear, CostCategory.INTERNAL_STAFF, "285000.00");
        budget(EXSTREAM, fiscalYear, CostCategory.VENDOR_SERVICES, "60000.00");
        budget("Inspire Correspondence", fiscalYear, CostCategory.MAINTENANCE, "400000.00");
        budget("Inspire Correspondence", fiscalYear, CostCategory.INFRASTRUCTURE, "70000.00");
        budget("OpenText Communications Cloud", fiscalYear, CostCategory.SUBSCRIPTION, "440000.00");
        budget("OpenText Communications Cloud", fiscalYear, CostCategory.VENDOR_SERVICES, "320000.00");
        budget("SmartCOMM Onboarding Pilot", fiscalYear, CostCategory.SUBSCRIPTION, "65000.00");
        budget("Messagepoint Content Hub", fiscalYear, CostCategory.SUBSCRIPTION, "160000.00");
    }

    private void budget(String platform, int fiscalYear, CostCategory category, String amount) {
        platform(platform)
                .ifPresent(id ->
                        budgets.create(new BudgetDraft(id, fiscalYear, category, new BigDecimal(amount), "EUR", null)));
    }

    private void cost(
            String platform,
            String contract,
            CostCategory category,
            YearMonth month,
            CostKind kind,
            String amount,
            String currency,
            String description) {
        Long platformId = platform(platform).orElse(null);
        if (platformId == null) {
            return;
        }
        String reference = (kind == CostKind.ACTUAL ? "INV-" : "PO-") + month + "-" + platformId + "-"
                + category.name().substring(0, 3) + "-" + currency;
        costs.add(
                new CostLineDraft(
                        reference,
                        platformId,
                        null,
                        contract == null
                                ? null
                                : contract(contract).map(ContractView::id).orElse(null),
                        category,
                        kind,
                        month,
                        new BigDecimal(amount),
                        currency,
                        description,
                        null),
                CostSource.IMPORTED);
    }

    private static String monthly(double annual) {
        return BigDecimal.valueOf(annual / 12)
                .setScale(2, RoundingMode.HALF_EVEN)
                .toPlainString();
    }
}

package io.pxportal.finance;

import io.pxportal.shared.metric.DerivedMetricSource;
import io.pxportal.shared.metric.DerivedValue;
import io.pxportal.shared.metric.Evidence;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The PX metric finance knows: {@code px.budget-variance}, the absolute deviation of the fiscal year's actual spend
 * to date from the budget pro rata to the same month, in % of that pro-rata budget (docs/scoring.md, "Budget
 * variance"). Computed through {@link FinanceReportService}, so the asking user's finance read rule applies: a
 * platform whose costs they may not see has no value. A platform without budget or actual spend has no value;
 * amounts without an FX rate are left out of the figure and named as evidence.
 */
@Component
class FinanceMetrics implements DerivedMetricSource {

    static final String BUDGET_VARIANCE = "px.budget-variance";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MONTHS_IN_YEAR = BigDecimal.valueOf(12);

    private final FinanceReportService reports;
    private final FinanceSettingsService settings;
    private final FinanceAccess access;

    FinanceMetrics(FinanceReportService reports, FinanceSettingsService settings, FinanceAccess access) {
        this.reports = reports;
        this.settings = settings;
        this.access = access;
    }

    @Override
    public Set<String> metricCodes() {
        return Set.of(BUDGET_VARIANCE);
    }

    @Override
    public Map<Long, DerivedValue> values(
            String metricCode, Collection<Long> platformIds, LocalDate from, LocalDate to) {
        if (!BUDGET_VARIANCE.equals(metricCode)) {
            return Map.of();
        }
        FiscalCalendar calendar = settings.get().calendar();
        int fiscalYear = calendar.fiscalYearOf(to);
        YearMonth through = lastCompleteMonth(to);
        long months = ChronoUnit.MONTHS.between(calendar.firstMonth(fiscalYear), through) + 1;
        if (months < 1) {
            // The period ends in the fiscal year's first month, before any month of it is complete: nothing to measure.
            return Map.of();
        }
        Set<Long> wanted = Set.copyOf(platformIds);
        Map<Long, DerivedValue> values = new HashMap<>();
        for (VarianceRow row : reports.budgetVsActual(fiscalYear, FinanceDimension.PLATFORM, through)
                .rows()) {
            if (!wanted.contains(row.id())
                    || !row.budgeted()
                    || row.budget().amount().signum() <= 0
                    || !spent(row.actual())) {
                continue;
            }
            BigDecimal proRata = proRata(row.budget().amount(), months);
            BigDecimal value = variancePercent(row.actual().amount(), proRata);
            values.put(
                    row.id(), new DerivedValue(value, evidence(row, calendar, fiscalYear, through, months, proRata)));
        }
        return values;
    }

    /** The platforms whose costs the current user may not see: their budget variance is kept from them. */
    @Override
    public Set<Long> withheld(Collection<Long> platformIds) {
        Set<Long> visible = access.visiblePlatforms();
        return visible == null
                ? Set.of()
                : platformIds.stream().filter(id -> !visible.contains(id)).collect(Collectors.toSet());
    }

    /** The last month complete on {@code day}: its own month on the month's last day, else the month before. */
    static YearMonth lastCompleteMonth(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return day.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
    }

    /** The year's budget × months elapsed / 12, unrounded. */
    static BigDecimal proRata(BigDecimal yearBudget, long months) {
        return yearBudget.multiply(BigDecimal.valueOf(months)).divide(MONTHS_IN_YEAR, MathContext.DECIMAL64);
    }

    /** |actual − pro-rata budget| / pro-rata budget × 100, one decimal (half up). */
    static BigDecimal variancePercent(BigDecimal actual, BigDecimal proRataBudget) {
        return actual.subtract(proRataBudget).abs().multiply(HUNDRED).divide(proRataBudget, 1, RoundingMode.HALF_UP);
    }

    private static boolean spent(ReportingTotal actual) {
        return actual.amount().signum() != 0 || !actual.unconverted().isEmpty();
    }

    private static List<Evidence> evidence(
            VarianceRow row,
            FiscalCalendar calendar,
            int fiscalYear,
            YearMonth through,
            long months,
            BigDecimal proRata) {
        String currency = row.budget().currency();
        String year = String.valueOf(fiscalYear);
        String platform = String.valueOf(row.id());
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(
                "budget",
                row.id(),
                "Budget " + calendar.label(fiscalYear) + " · " + row.key(),
                amount(row.budget().amount(), currency) + " for the year × " + months + "/12 = "
                        + amount(proRata, currency) + " to " + through,
                "finance",
                Map.of("fiscalYear", year, "platformId", platform)));
        evidence.add(new Evidence(
                "cost-lines",
                row.id(),
                "Actual " + calendar.firstMonth(fiscalYear) + " to " + through + " · " + row.key(),
                amount(row.actual().amount(), currency) + " actual",
                "finance/costs",
                Map.of("fiscalYear", year, "platformId", platform, "kind", CostKind.ACTUAL.name())));
        gaps(row.budget(), "budget", evidence);
        gaps(row.actual(), "actual", evidence);
        return evidence;
    }

    /** Each currency a total could not convert, with the months whose rate is missing: stated, never 1:1. */
    private static void gaps(ReportingTotal total, String what, List<Evidence> evidence) {
        total.unconverted()
                .forEach((foreign, left) -> evidence.add(new Evidence(
                        "fx-rate",
                        null,
                        "No " + foreign + "/" + total.currency() + " rate for "
                                + total.gaps().stream()
                                        .filter(g -> g.currency().equals(foreign))
                                        .map(g -> g.month().toString())
                                        .collect(Collectors.joining(", ")),
                        amount(left, foreign) + " left out of the " + what + ", not converted 1:1",
                        "finance/settings",
                        Map.of())));
    }

    private static String amount(BigDecimal amount, String currency) {
        return currency + " " + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}

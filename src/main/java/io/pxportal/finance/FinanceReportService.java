package io.pxportal.finance;

import io.pxportal.portfolio.PlatformDetails;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The finance figures, in the reporting currency, over the cost lines the user may see: spend by fiscal year and
 * category, budget vs actual vs committed by platform, vendor or category, and total cost of ownership. Each is
 * computed from the database's group-by sums (one row per platform, vendor, category, kind, currency and month),
 * converted with the month's rate; a missing rate leaves the amount out and names the gap.
 */
@Service
@Transactional(readOnly = true)
public class FinanceReportService {

    private final FinanceFigures figures;
    private final FinanceAccess access;
    private final Clock clock;

    FinanceReportService(FinanceFigures figures, FinanceAccess access, Clock clock) {
        this.figures = figures;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Whether the read rule hides every platform's costs from the current user (a product owner while owners do not
     * see costs, or a user of no role that reads costs): the finance pages then say so instead of showing zeros.
     */
    @PreAuthorize("isAuthenticated()")
    public boolean costsHidden() {
        return access.allWithheld();
    }

    /** The fiscal year containing today. */
    @PreAuthorize("isAuthenticated()")
    public int currentFiscalYear() {
        return figures.settings().calendar().fiscalYearOf(LocalDate.now(clock));
    }

    /** Actual spend of the {@code years} fiscal years up to and including the current one, oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<SpendYear> spendByYear(int years) {
        FinanceSettings settings = figures.settings();
        FiscalCalendar calendar = settings.calendar();
        int last = calendar.fiscalYearOf(LocalDate.now(clock));
        int first = last - years + 1;
        String currency = settings.reportingCurrency();
        Map<Integer, Map<CostCategory, ReportingTally>> byYear = new TreeMap<>();
        for (int fy = first; fy <= last; fy++) {
            byYear.put(fy, new EnumMap<>(CostCategory.class));
        }
        for (FinanceFigures.Converted sum :
                figures.converted(calendar.firstMonth(first), calendar.lastMonth(last), false)) {
            if (sum.sum().kind() == CostKind.ACTUAL) {
                byYear.get(calendar.fiscalYearOf(YearMonth.from(sum.sum().month())))
                        .computeIfAbsent(sum.sum().category(), c -> new ReportingTally())
                        .add(sum);
            }
        }
        List<SpendYear> result = new ArrayList<>();
        byYear.forEach((fy, categories) -> {
            Map<CostCategory, ReportingTotal> totals = new EnumMap<>(CostCategory.class);
            ReportingTally all = new ReportingTally();
            categories.forEach((category, tally) -> {
                totals.put(category, tally.total(currency));
                all.add(tally);
            });
            result.add(new SpendYear(fy, calendar.label(fy), totals, all.total(currency)));
        });
        return result;
    }

    /**
     * Budget vs actual vs committed of a fiscal year by platform, vendor or category. Budgets convert at the rate
     * of the fiscal year's first month; a budget's vendor is its platform's.
     */
    @PreAuthorize("isAuthenticated()")
    public BudgetVsActual budgetVsActual(int fiscalYear, FinanceDimension dimension) {
        return budgetVsActual(
                fiscalYear, dimension, figures.settings().calendar().lastMonth(fiscalYear));
    }

    /**
     * Budget vs actual vs committed of a fiscal year to date: the whole year's budget against the cost lines of the
     * fiscal year's months up to and including {@code through} (the PX metric's "year to date", scoring.md).
     */
    @PreAuthorize("isAuthenticated()")
    public BudgetVsActual budgetVsActual(int fiscalYear, FinanceDimension dimension, YearMonth through) {
        FinanceSettings settings = figures.settings();
        FiscalCalendar calendar = settings.calendar();
        YearMonth last = through.isBefore(calendar.lastMonth(fiscalYear)) ? through : calendar.lastMonth(fiscalYear);
        FxTable rates = figures.rates();
        String currency = settings.reportingCurrency();
        Map<Long, PlatformDetails> platforms = figures.platforms();
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Budget budget : figures.budgets(fiscalYear)) {
            BudgetDraft d = budget.toDraft();
            PlatformDetails p = platforms.get(d.platformId());
            Row row = row(
                    rows,
                    dimension,
                    d.platformId(),
                    p == null ? null : p.vendor().id(),
                    d.category(),
                    currency);
            row.budget = row.budget.plus(rates, new Money(d.amount(), d.currency()), calendar.firstMonth(fiscalYear));
            row.budgeted = true;
        }
        for (FinanceFigures.Converted converted : figures.converted(calendar.firstMonth(fiscalYear), last, true)) {
            CostSum sum = converted.sum();
            Row row = row(rows, dimension, sum.platformId(), sum.vendorId(), sum.category(), currency);
            (sum.kind() == CostKind.ACTUAL ? row.actual : row.committed).add(converted);
        }
        name(rows.values(), dimension, platforms);
        ReportingTotal zero = ReportingTotal.zero(currency);
        List<VarianceRow> result = new ArrayList<>();
        ReportingTotal[] totals = {zero, zero, zero};
        boolean anyBudget = rows.values().stream().anyMatch(r -> r.budgeted);
        Set<RateGap> gaps = new TreeSet<>();
        rows.values().stream()
                .sorted(java.util.Comparator.comparing(r -> r.name))
                .forEach(r -> {
                    ReportingTotal actual = r.actual.total(currency);
                    ReportingTotal committed = r.committed.total(currency);
                    result.add(VarianceRow.of(dimension, r.id, r.name, r.budgeted, r.budget, actual, committed));
                    totals[0] = totals[0].plus(r.budget);
                    totals[1] = totals[1].plus(actual);
                    totals[2] = totals[2].plus(committed);
                });
        for (ReportingTotal total : totals) {
            gaps.addAll(total.gaps());
        }
        return new BudgetVsActual(
                fiscalYear,
                calendar.label(fiscalYear),
                currency,
                dimension,
                result,
                VarianceRow.of(dimension, null, null, anyBudget, totals[0], totals[1], totals[2]),
                gaps);
    }

    /** Names the rows of a platform or vendor by its name (its id when deleted meanwhile); categories are named. */
    private void name(Collection<Row> rows, FinanceDimension dimension, Map<Long, PlatformDetails> platforms) {
        Map<Long, String> vendorNames = dimension == FinanceDimension.VENDOR
                ? figures.vendorNames(rows.stream().map(r -> r.id).toList())
                : Map.of();
        rows.forEach(r -> r.name = switch (dimension) {
            case PLATFORM -> platforms.containsKey(r.id) ? platforms.get(r.id).name() : "#" + r.id;
            case VENDOR -> vendorNames.getOrDefault(r.id, "#" + r.id);
            case CATEGORY -> r.name;
        });
    }

    /** Total cost of ownership per platform: actual spend of every category over the fiscal years given. */
    @PreAuthorize("isAuthenticated()")
    public List<TcoRow> tco(int firstFiscalYear, int lastFiscalYear) {
        FinanceSettings settings = figures.settings();
        FiscalCalendar calendar = settings.calendar();
        String currency = settings.reportingCurrency();
        Map<Long, PlatformDetails> platforms = figures.platforms();
        Map<Long, Map<CostCategory, ReportingTally>> byPlatform = new LinkedHashMap<>();
        platforms.keySet().forEach(id -> byPlatform.put(id, new EnumMap<>(CostCategory.class)));
        for (FinanceFigures.Converted sum :
                figures.converted(calendar.firstMonth(firstFiscalYear), calendar.lastMonth(lastFiscalYear), false)) {
            Map<CostCategory, ReportingTally> categories =
                    byPlatform.get(sum.sum().platformId());
            if (sum.sum().kind() == CostKind.ACTUAL && categories != null) {
                categories
                        .computeIfAbsent(sum.sum().category(), c -> new ReportingTally())
                        .add(sum);
            }
        }
        List<TcoRow> rows = new ArrayList<>();
        byPlatform.forEach((id, categories) -> {
            Map<CostCategory, ReportingTotal> totals = new EnumMap<>(CostCategory.class);
            ReportingTally all = new ReportingTally();
            categories.forEach((category, tally) -> {
                totals.put(category, tally.total(currency));
                all.add(tally);
            });
            rows.add(new TcoRow(id, platforms.get(id).name(), totals, all.total(currency)));
        });
        return rows;
    }

    /** A row being summed: budget, actual and committed of one key. */
    private static final class Row {
        final Long id;
        String name;
        ReportingTotal budget;
        final ReportingTally actual = new ReportingTally();
        final ReportingTally committed = new ReportingTally();
        boolean budgeted;

        Row(Long id, String name, String currency) {
            this.id = id;
            this.name = name;
            budget = ReportingTotal.zero(currency);
        }
    }

    private static Row row(
            Map<String, Row> rows,
            FinanceDimension dimension,
            Long platformId,
            Long vendorId,
            CostCategory category,
            String currency) {
        return switch (dimension) {
            case PLATFORM -> rows.computeIfAbsent("p" + platformId, k -> new Row(platformId, null, currency));
            case VENDOR -> rows.computeIfAbsent("v" + vendorId, k -> new Row(vendorId, null, currency));
            case CATEGORY -> rows.computeIfAbsent("c" + category, k -> new Row(null, category.name(), currency));
        };
    }
}

package io.pxportal.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The full-year outlook of a fiscal year (docs/scoring.md, "Full-year outlook"): what is actual, what is committed,
 * what the contracts still cost in the months not yet booked without counting twice what is already booked against
 * them, and the true-up risk due in the year, beside the budget. Over the cost lines and contracts the user may see.
 */
@Service
@Transactional(readOnly = true)
public class OutlookService {

    private final FinanceReportService reports;
    private final ForecastInputs inputs;
    private final FinanceFigures figures;
    private final CostLineRepository lines;
    private final FinanceAccess access;
    private final Clock clock;

    OutlookService(
            FinanceReportService reports,
            ForecastInputs inputs,
            FinanceFigures figures,
            CostLineRepository lines,
            FinanceAccess access,
            Clock clock) {
        this.reports = reports;
        this.inputs = inputs;
        this.figures = figures;
        this.lines = lines;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The outlook of {@code fiscalYear} for one platform (its cost lines, budgets and the contracts the forecast
     * attributes to it: their first platform) or, with {@code platformId} null, for every platform the user may see.
     */
    @PreAuthorize("isAuthenticated()")
    public FullYearOutlook outlook(int fiscalYear, Long platformId) {
        return outlook(read(fiscalYear), platformId);
    }

    /**
     * The outlooks of several platforms from one reading of the budgets, the bookings, the contracts and the true-up
     * risks: the budget agenda shows one per review platform, and read everything again for each. Package-private:
     * the agenda calls it as the system user.
     */
    Map<Long, FullYearOutlook> outlooks(int fiscalYear, Set<Long> platformIds) {
        Reading reading = read(fiscalYear);
        Map<Long, FullYearOutlook> outlooks = new HashMap<>();
        platformIds.forEach(id -> outlooks.put(id, outlook(reading, id)));
        return outlooks;
    }

    /** What every platform's outlook of a fiscal year is computed from. */
    private record Reading(
            int fiscalYear,
            FinanceSettings settings,
            LocalDate today,
            FxTable rates,
            BudgetVsActual budget,
            Map<Long, ReportingTotal> booked,
            List<ForecastContract> contracts,
            List<TrueUpRisk> trueUps) {}

    private Reading read(int fiscalYear) {
        FinanceSettings settings = figures.settings();
        FiscalCalendar calendar = settings.calendar();
        LocalDate today = LocalDate.now(clock);
        FxTable rates = figures.rates();
        BudgetVsActual budget = reports.budgetVsActual(fiscalYear, FinanceDimension.PLATFORM);
        Map<Long, ReportingTotal> booked =
                booked(calendar, fiscalYear, rates, settings.reportingCurrency(), YearMonth.from(today));
        List<TrueUpRisk> trueUps = openFrom(calendar, fiscalYear, today) == null
                ? List.of()
                : inputs.trueUps(calendar, today, fiscalYear - calendar.fiscalYearOf(today) + 1);
        return new Reading(fiscalYear, settings, today, rates, budget, booked, inputs.visibleContracts(), trueUps);
    }

    private FullYearOutlook outlook(Reading in, Long platformId) {
        int fiscalYear = in.fiscalYear();
        FiscalCalendar calendar = in.settings().calendar();
        String currency = in.settings().reportingCurrency();
        ReportingTotal zero = ReportingTotal.zero(currency);
        VarianceRow row = platformId == null
                ? in.budget().total()
                : in.budget().rows().stream()
                        .filter(r -> platformId.equals(r.id()))
                        .findFirst()
                        .orElse(VarianceRow.of(FinanceDimension.PLATFORM, platformId, null, false, zero, zero, zero));
        YearMonth openFrom = openFrom(calendar, fiscalYear, in.today());
        List<FullYearOutlook.Contract> parts = new ArrayList<>();
        ReportingTotal remainder = zero;
        for (ForecastContract c : in.contracts()) {
            if (c.annualValue() == null
                    || c.annualValue().signum() == 0
                    || platformId != null && !platformId.equals(c.platformId())) {
                continue;
            }
            Optional<FullYearOutlook.Contract> part = part(in, c, openFrom);
            if (part.isPresent()) {
                parts.add(part.get());
                remainder = remainder.plus(part.get().remainder());
            }
        }
        parts.sort(Comparator.comparing(FullYearOutlook.Contract::number));
        ReportingTotal oneOffs = openFrom == null ? zero : trueUpsDue(in, platformId);
        ReportingTotal outlook =
                row.actual().plus(row.committed()).plus(remainder).plus(oneOffs);
        BigDecimal variance =
                row.budgeted() ? outlook.amount().subtract(row.budget().amount()) : null;
        Set<RateGap> gaps = new TreeSet<>();
        gaps.addAll(outlook.gaps());
        gaps.addAll(row.budget().gaps());
        return new FullYearOutlook(
                fiscalYear,
                calendar.label(fiscalYear),
                currency,
                platformId,
                openFrom,
                calendar.lastMonth(fiscalYear),
                row.actual(),
                row.committed(),
                remainder,
                oneOffs,
                outlook,
                row.budgeted(),
                row.budget(),
                variance,
                parts,
                gaps);
    }

    /**
     * What a contract costs in the year and in its open months, what is booked against it, and what it still adds
     * (see {@link #remainder}); none for a contract that neither costs nor has anything booked in the year.
     */
    private Optional<FullYearOutlook.Contract> part(Reading in, ForecastContract c, YearMonth openFrom) {
        FiscalCalendar calendar = in.settings().calendar();
        String currency = in.settings().reportingCurrency();
        BigDecimal index = in.settings().indexAssumptionPercent();
        int fiscalYear = in.fiscalYear();
        LocalDate today = in.today();
        ReportingTotal zero = ReportingTotal.zero(currency);
        Money year = new Money(
                ForecastEngine.cost(c, calendar.firstDay(fiscalYear), calendar.lastDay(fiscalYear), today, index, index)
                        .setScale(2, RoundingMode.HALF_EVEN),
                c.currency());
        Money open = new Money(
                openFrom == null
                        ? BigDecimal.ZERO.setScale(2)
                        : ForecastEngine.cost(c, openFrom.atDay(1), calendar.lastDay(fiscalYear), today, index, index)
                                .setScale(2, RoundingMode.HALF_EVEN),
                c.currency());
        ReportingTotal bookedOn = in.booked().getOrDefault(c.contractId(), zero);
        if (year.amount().signum() == 0 && bookedOn.amount().signum() == 0) {
            return Optional.empty();
        }
        // Future amounts convert at the latest rate known, as in the forecast.
        YearMonth thisMonth = YearMonth.from(today);
        YearMonth rateMonth =
                in.rates().latestMonth(c.currency(), currency, thisMonth).orElse(thisMonth);
        ReportingTotal yearR = zero.plus(in.rates(), year, rateMonth);
        ReportingTotal openR = zero.plus(in.rates(), open, rateMonth);
        ReportingTotal counted = !yearR.complete() || !openR.complete()
                ? openR
                : new ReportingTotal(
                        currency,
                        remainder(openR.amount(), yearR.amount(), bookedOn.amount()),
                        Map.of(),
                        bookedOn.gaps());
        return Optional.of(new FullYearOutlook.Contract(
                c.contractId(), c.number(), c.platformId(), year, open, bookedOn, counted));
    }

    /** The true-up risks due in the fiscal year (of the platform, or of all), at the latest rates known. */
    private static ReportingTotal trueUpsDue(Reading in, Long platformId) {
        String currency = in.settings().reportingCurrency();
        YearMonth thisMonth = YearMonth.from(in.today());
        ReportingTotal due = ReportingTotal.zero(currency);
        for (TrueUpRisk risk : in.trueUps()) {
            if (risk.fiscalYear() == in.fiscalYear() && (platformId == null || platformId.equals(risk.platformId()))) {
                due = due.plus(
                        in.rates(),
                        risk.amount(),
                        in.rates()
                                .latestMonth(risk.amount().currency(), currency, thisMonth)
                                .orElse(thisMonth));
            }
        }
        return due;
    }

    /**
     * The first month of the fiscal year not yet booked: the current month (its invoices are not all in), the year's
     * first month for a year still to come, none for a year gone by.
     */
    static YearMonth openFrom(FiscalCalendar calendar, int fiscalYear, LocalDate today) {
        YearMonth thisMonth = YearMonth.from(today);
        if (calendar.lastMonth(fiscalYear).isBefore(thisMonth)) {
            return null;
        }
        return calendar.firstMonth(fiscalYear).isAfter(thisMonth) ? calendar.firstMonth(fiscalYear) : thisMonth;
    }

    /**
     * What a contract still adds to the year: the cost of its open months, but no more than its cost over the whole
     * year less what is booked against it (a contract invoiced a year ahead adds nothing), never below zero.
     */
    static BigDecimal remainder(BigDecimal openCost, BigDecimal yearCost, BigDecimal booked) {
        return openCost.min(yearCost.subtract(booked).max(BigDecimal.ZERO)).max(BigDecimal.ZERO);
    }

    /** Actual and committed booked against each contract in the fiscal year, on platforms the user may see. */
    private Map<Long, ReportingTotal> booked(
            FiscalCalendar calendar, int fiscalYear, FxTable rates, String currency, YearMonth thisMonth) {
        Set<Long> visible = access.visiblePlatforms();
        Map<Long, ReportingTotal> booked = new HashMap<>();
        for (ContractSum sum : lines.contractSums(
                calendar.firstDay(fiscalYear), calendar.lastMonth(fiscalYear).atDay(1))) {
            if (visible != null && !visible.contains(sum.platformId())) {
                continue;
            }
            YearMonth month = rates.rateMonth(sum.currency(), currency, YearMonth.from(sum.month()), thisMonth);
            booked.merge(
                    sum.contractId(),
                    ReportingTotal.zero(currency).plus(rates, new Money(sum.amount(), sum.currency()), month),
                    ReportingTotal::plus);
        }
        return booked;
    }
}

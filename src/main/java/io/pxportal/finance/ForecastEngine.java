package io.pxportal.finance;

import io.pxportal.contracts.UpliftType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Projects recurring contract costs into fiscal years (docs/scoring.md, "Forecast"). Contract year {@code k}
 * runs from {@code start + k years}; the contract year containing the forecast date costs the annual value, and
 * each contract year after it costs the one before × (1 + uplift): a fixed percentage, or the assumed index bound
 * by the contract's floor and cap (NONE: no rise). A fiscal year gets each overlapping contract year's price pro
 * rata by days. Costs stop at {@code endsOn} (an exit decision, or a last term); a contract without an annual
 * value projects nothing.
 *
 * <p>An index scenario changes only the uplifts still to come: the contract years before the current one were
 * priced at the assumption in force ({@code pricedIndex}), whichever scenario is asked. Deflating them by the
 * scenario's index made a higher index cheaper in the current fiscal year.
 */
public final class ForecastEngine {

    private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

    private ForecastEngine() {}

    /** The fiscal years from the one containing {@code asOf}, {@code years} of them, for every contract. */
    public static List<ForecastLine> forecast(
            List<ForecastContract> contracts,
            FiscalCalendar calendar,
            LocalDate asOf,
            int years,
            BigDecimal indexAssumption) {
        return forecast(contracts, calendar, asOf, years, indexAssumption, indexAssumption);
    }

    /**
     * As {@link #forecast(List, FiscalCalendar, LocalDate, int, BigDecimal)} for an index scenario: the contract
     * years after the current one rise at {@code indexAssumption}, those before it are deflated at {@code
     * pricedIndex} (the assumption of the base forecast), so that no scenario re-prices what is already priced.
     */
    public static List<ForecastLine> forecast(
            List<ForecastContract> contracts,
            FiscalCalendar calendar,
            LocalDate asOf,
            int years,
            BigDecimal indexAssumption,
            BigDecimal pricedIndex) {
        int first = calendar.fiscalYearOf(asOf);
        List<ForecastLine> lines = new ArrayList<>();
        for (ForecastContract contract : contracts) {
            if (contract.annualValue() == null || contract.annualValue().signum() == 0) {
                continue;
            }
            for (int fy = first; fy < first + years; fy++) {
                ForecastLine line = line(contract, calendar, asOf, fy, indexAssumption, pricedIndex);
                if (line != null) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    /** The uplift a clause applies per contract year, and whether cap or floor set it. */
    static ForecastLine.Clause clause(ForecastContract c, BigDecimal indexAssumption) {
        if (c.upliftType() != UpliftType.INDEX) {
            return new ForecastLine.Clause(
                    c.upliftType(),
                    c.upliftType() == UpliftType.FIXED ? orZero(c.upliftPercent()) : null,
                    null,
                    null,
                    null,
                    null,
                    ForecastLine.Bound.NONE);
        }
        // Raised to the floor, then lowered to the cap: a cap below the floor wins, and the uplift never falls as
        // the index rises.
        boolean floored = c.floorPercent() != null && indexAssumption.compareTo(c.floorPercent()) < 0;
        BigDecimal raised = floored ? c.floorPercent() : indexAssumption;
        ForecastLine.Bound bound = ForecastLine.Bound.NONE;
        if (c.capPercent() != null && raised.compareTo(c.capPercent()) > 0) {
            bound = ForecastLine.Bound.CAP;
        } else if (floored) {
            bound = ForecastLine.Bound.FLOOR;
        }
        return new ForecastLine.Clause(
                UpliftType.INDEX, null, c.upliftIndex(), indexAssumption, c.capPercent(), c.floorPercent(), bound);
    }

    /** The percentage applied per contract year under the clause. */
    static BigDecimal applied(ForecastLine.Clause clause) {
        return switch (clause.type()) {
            case NONE -> BigDecimal.ZERO;
            case FIXED -> clause.fixedPercent();
            case INDEX ->
                switch (clause.bound()) {
                    case CAP -> clause.capPercent();
                    case FLOOR -> clause.floorPercent();
                    case NONE -> clause.indexAssumption();
                };
        };
    }

    private static ForecastLine line(
            ForecastContract c,
            FiscalCalendar calendar,
            LocalDate asOf,
            int fy,
            BigDecimal indexAssumption,
            BigDecimal pricedIndex) {
        LocalDate from = max(calendar.firstDay(fy), c.start());
        LocalDate to = c.endsOn() == null ? calendar.lastDay(fy) : min(calendar.lastDay(fy), c.endsOn());
        if (to.isBefore(from)) {
            return null;
        }
        ForecastLine.Clause clause = clause(c, indexAssumption);
        BigDecimal uplift = applied(clause);
        List<ForecastLine.Segment> segments = new ArrayList<>();
        BigDecimal total = cost(c, from, to, asOf, indexAssumption, pricedIndex, segments);
        LocalDate endsInYear = c.endsOn() != null && !c.endsOn().isAfter(calendar.lastDay(fy)) ? c.endsOn() : null;
        return new ForecastLine(
                c.contractId(),
                c.number(),
                c.platformId(),
                c.vendorId(),
                fy,
                new Money(total.setScale(2, RoundingMode.HALF_EVEN), c.currency()),
                clause,
                uplift,
                segments,
                endsInYear,
                endsInYear == null ? null : c.endReason());
    }

    /**
     * What the contract costs from {@code from} to {@code to} (both included, within its start and end), unrounded,
     * in its currency: each contract year's price pro rata by days, as in a forecast line.
     */
    public static BigDecimal cost(
            ForecastContract c,
            LocalDate from,
            LocalDate to,
            LocalDate asOf,
            BigDecimal indexAssumption,
            BigDecimal pricedIndex) {
        if (c.annualValue() == null) {
            return BigDecimal.ZERO;
        }
        LocalDate first = max(from, c.start());
        LocalDate last = c.endsOn() == null ? to : min(to, c.endsOn());
        return last.isBefore(first)
                ? BigDecimal.ZERO
                : cost(c, first, last, asOf, indexAssumption, pricedIndex, new ArrayList<>());
    }

    private static BigDecimal cost(
            ForecastContract c,
            LocalDate from,
            LocalDate to,
            LocalDate asOf,
            BigDecimal indexAssumption,
            BigDecimal pricedIndex,
            List<ForecastLine.Segment> segments) {
        BigDecimal factor =
                BigDecimal.ONE.add(applied(clause(c, indexAssumption)).movePointLeft(2));
        BigDecimal pricedFactor =
                BigDecimal.ONE.add(applied(clause(c, pricedIndex)).movePointLeft(2));
        int current = asOf.isBefore(c.start()) ? 0 : contractYear(c.start(), asOf);
        BigDecimal total = BigDecimal.ZERO;
        for (int k = contractYear(c.start(), from); k <= contractYear(c.start(), to); k++) {
            LocalDate yearStart = c.start().plusYears(k);
            LocalDate yearEnd = c.start().plusYears(k + 1L).minusDays(1);
            LocalDate segFrom = max(yearStart, from);
            LocalDate segTo = min(yearEnd, to);
            long days = ChronoUnit.DAYS.between(segFrom, segTo) + 1;
            long daysInYear = ChronoUnit.DAYS.between(yearStart, yearEnd) + 1;
            BigDecimal price = c.annualValue()
                    .multiply(k < current ? power(pricedFactor, k - current) : power(factor, k - current), PRECISION);
            segments.add(new ForecastLine.Segment(
                    k + 1, segFrom, segTo, price.setScale(2, RoundingMode.HALF_EVEN), days, daysInYear));
            total = total.add(
                    price.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(daysInYear), PRECISION));
        }
        return total;
    }

    /** factor^n for any whole n (negative: the contract years before the current one, deflated). */
    private static BigDecimal power(BigDecimal factor, int n) {
        return n >= 0 ? factor.pow(n, PRECISION) : BigDecimal.ONE.divide(factor.pow(-n, PRECISION), PRECISION);
    }

    /** The contract year (0 = the first) that contains the day, counted in whole years from the start. */
    static int contractYear(LocalDate start, LocalDate day) {
        int k = (int) ChronoUnit.YEARS.between(start, day);
        // YEARS.between clamps 29 February like plusYears does; step to be exact.
        while (k > 0 && start.plusYears(k).isAfter(day)) {
            k--;
        }
        while (!start.plusYears(k + 1L).isAfter(day)) {
            k++;
        }
        return Math.max(k, 0);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}

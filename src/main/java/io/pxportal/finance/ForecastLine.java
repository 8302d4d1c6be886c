package io.pxportal.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One contract's projected cost in one fiscal year, in the contract's currency, with how it came about: the
 * uplift applied each contract year ({@code upliftApplied}, after cap and floor), the clause it came from, and
 * the contract years that overlap the fiscal year, each with its annual price and the days counted.
 */
public record ForecastLine(
        Long contractId,
        String number,
        Long platformId,
        Long vendorId,
        int fiscalYear,
        Money amount,
        Clause clause,
        BigDecimal upliftApplied,
        List<Segment> segments,
        LocalDate endsOn,
        ForecastContract.EndReason endReason) {

    public ForecastLine {
        segments = List.copyOf(segments);
    }

    /**
     * The clause: its type, the fixed percentage or index name with the assumed index, cap and floor, and whether
     * the cap or floor bound the assumption.
     */
    public record Clause(
            io.pxportal.contracts.UpliftType type,
            BigDecimal fixedPercent,
            String index,
            BigDecimal indexAssumption,
            BigDecimal capPercent,
            BigDecimal floorPercent,
            Bound bound) {}

    /** Whether the cap or the floor replaced the assumed index. */
    public enum Bound {
        NONE,
        CAP,
        FLOOR
    }

    /** A part of a contract year inside the fiscal year: its annual price, and the days of the year counted. */
    public record Segment(
            int contractYear, LocalDate from, LocalDate to, BigDecimal annualPrice, long days, long daysInYear) {}
}

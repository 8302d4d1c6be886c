package io.pxportal.finance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * A fiscal year's expected spend as a finance analyst reads it, in the reporting currency (docs/scoring.md,
 * "Full-year outlook"): {@code actual} to date + {@code committed} + the {@code contractedRemainder} (what the
 * contracts still cost in the months not yet booked, {@code openFrom} to the year's end, less what is already actual
 * or committed against them) + {@code oneOffs} (the true-up risk due in the year) = {@code outlook}, beside the
 * {@code budget} ({@code lastMonth}: the year's last month). {@code variance} = outlook − budget, null when no budget was set ({@code budgeted}); {@code
 * openFrom} is null for a past year. {@code contracts} says where the remainder comes from.
 */
public record FullYearOutlook(
        int fiscalYear,
        String label,
        String currency,
        Long platformId,
        YearMonth openFrom,
        YearMonth lastMonth,
        ReportingTotal actual,
        ReportingTotal committed,
        ReportingTotal contractedRemainder,
        ReportingTotal oneOffs,
        ReportingTotal outlook,
        boolean budgeted,
        ReportingTotal budget,
        BigDecimal variance,
        List<Contract> contracts,
        Set<RateGap> gaps) {

    public FullYearOutlook {
        contracts = List.copyOf(contracts);
        gaps = Set.copyOf(gaps);
    }

    /**
     * One contract's part: its cost over the fiscal year and over the open months (by its value and clause), what is
     * booked against it in the year (actual and committed), and the remainder counted = the open months' cost, but
     * no more than the year's cost less what is booked (never below zero).
     */
    public record Contract(
            Long contractId,
            String number,
            Long platformId,
            Money yearCost,
            Money openCost,
            ReportingTotal booked,
            ReportingTotal remainder) {}
}

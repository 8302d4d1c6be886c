package io.pxportal.finance;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A {@link ReportingTotal} being added up. A figure adds thousands of converted sums; building an immutable total
 * (rounding, copying its maps) for each of them was a large part of the finance overview's time.
 */
final class ReportingTally {

    private BigDecimal amount = BigDecimal.ZERO;
    private Map<String, BigDecimal> unconverted;
    private Set<RateGap> gaps;

    /** Adds a sum converted once per request: its cents, or its own amount and the missing rate. */
    ReportingTally add(FinanceFigures.Converted sum) {
        if (sum.amount() != null) {
            amount = amount.add(sum.amount());
        } else {
            if (unconverted == null) {
                unconverted = new TreeMap<>();
                gaps = new TreeSet<>();
            }
            unconverted.merge(sum.sum().currency(), sum.sum().amount(), BigDecimal::add);
            gaps.add(new RateGap(sum.sum().currency(), sum.rateMonth()));
        }
        return this;
    }

    ReportingTally add(ReportingTally other) {
        amount = amount.add(other.amount);
        if (other.unconverted != null) {
            if (unconverted == null) {
                unconverted = new TreeMap<>();
                gaps = new TreeSet<>();
            }
            other.unconverted.forEach((c, a) -> unconverted.merge(c, a, BigDecimal::add));
            gaps.addAll(other.gaps);
        }
        return this;
    }

    ReportingTotal total(String currency) {
        return new ReportingTotal(
                currency, amount, unconverted == null ? Map.of() : unconverted, gaps == null ? Set.of() : gaps);
    }
}

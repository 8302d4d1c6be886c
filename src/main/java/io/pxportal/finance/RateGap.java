package io.pxportal.finance;

import java.time.YearMonth;

/** No rate converts {@code currency} into the reporting currency for {@code month}: amounts left out, shown. */
public record RateGap(String currency, YearMonth month) implements Comparable<RateGap> {

    @Override
    public int compareTo(RateGap other) {
        int byMonth = month.compareTo(other.month);
        return byMonth != 0 ? byMonth : currency.compareTo(other.currency);
    }

    @Override
    public String toString() {
        return currency + " " + month;
    }
}

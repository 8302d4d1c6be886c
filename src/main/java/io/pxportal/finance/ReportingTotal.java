package io.pxportal.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An aggregate in the reporting currency. When a rate was missing, {@code amount} holds only what could be
 * converted, {@code unconverted} what could not (per original currency) and {@code gaps} which rates are missing:
 * the figure is then incomplete and says so, rather than adding foreign amounts 1:1.
 */
public record ReportingTotal(
        String currency, BigDecimal amount, Map<String, BigDecimal> unconverted, Set<RateGap> gaps) {

    public ReportingTotal {
        amount = amount.setScale(2, RoundingMode.HALF_EVEN);
        unconverted = Map.copyOf(unconverted);
        gaps = Set.copyOf(gaps);
    }

    public static ReportingTotal zero(String currency) {
        return new ReportingTotal(currency, BigDecimal.ZERO, Map.of(), Set.of());
    }

    /** Whether every amount could be converted. */
    public boolean complete() {
        return gaps.isEmpty();
    }

    public ReportingTotal plus(ReportingTotal other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("totals in " + currency + " and " + other.currency);
        }
        if (other.unconverted.isEmpty() && other.gaps.isEmpty()) {
            // The usual case, and the one reports repeat per sum: nothing to merge but the amount.
            return new ReportingTotal(currency, amount.add(other.amount), unconverted, gaps);
        }
        Map<String, BigDecimal> left = new TreeMap<>(unconverted);
        other.unconverted.forEach((c, a) -> left.merge(c, a, BigDecimal::add));
        Set<RateGap> missing = new TreeSet<>(gaps);
        missing.addAll(other.gaps);
        return new ReportingTotal(currency, amount.add(other.amount), left, missing);
    }

    /** Adds an amount of the original currency in a month, converted or recorded as a gap. */
    public ReportingTotal plus(FxTable rates, Money money, java.time.YearMonth month) {
        return rates.convert(money, month, currency)
                .map(converted -> plus(new ReportingTotal(currency, converted, Map.of(), Set.of())))
                .orElseGet(() -> plus(new ReportingTotal(
                        currency,
                        BigDecimal.ZERO,
                        Map.of(money.currency(), money.amount()),
                        Set.of(new RateGap(money.currency(), month)))));
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency + (gaps.isEmpty() ? "" : " (missing rates " + gaps + ")");
    }
}

package io.pxportal.finance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The FX rates known for each month, and the one way amounts are converted (docs/scoring.md, "Money"): the same
 * currency converts 1:1; otherwise the month's rate between the two currencies (either direction), else a cross
 * rate through a third currency that has rates with both in the same month. Nothing else: no neighbouring month,
 * no guess. A conversion that is not possible is empty, and callers show it as a {@link RateGap}.
 */
public final class FxTable {

    /** Intermediate results keep 12 significant digits more than any amount needs; totals round to cents. */
    private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

    /** One rate: 1 {@code base} = {@code rate} {@code quote} in {@code month}. */
    public record Rate(YearMonth month, String base, String quote, BigDecimal rate) {

        public Rate {
            base = Money.checkedCurrency(base);
            quote = Money.checkedCurrency(quote);
            if (rate == null || rate.signum() <= 0) {
                throw new IllegalArgumentException("a rate is positive");
            }
        }
    }

    private final Map<YearMonth, Map<String, Map<String, BigDecimal>>> byMonth = new TreeMap<>();

    public FxTable(Collection<Rate> rates) {
        for (Rate r : rates) {
            Map<String, Map<String, BigDecimal>> month = byMonth.computeIfAbsent(r.month(), m -> new HashMap<>());
            month.computeIfAbsent(r.base(), b -> new HashMap<>()).put(r.quote(), r.rate());
            month.computeIfAbsent(r.quote(), q -> new HashMap<>())
                    .putIfAbsent(r.base(), BigDecimal.ONE.divide(r.rate(), PRECISION));
        }
    }

    public static FxTable empty() {
        return new FxTable(java.util.List.of());
    }

    /** The factor that turns an amount of {@code from} into {@code to} in the month, if there is one. */
    public Optional<BigDecimal> factor(String from, String to, YearMonth month) {
        if (from.equals(to)) {
            return Optional.of(BigDecimal.ONE);
        }
        Map<String, Map<String, BigDecimal>> rates = byMonth.get(month);
        if (rates == null || !rates.containsKey(from)) {
            return Optional.empty();
        }
        Map<String, BigDecimal> fromRates = rates.get(from);
        if (fromRates.containsKey(to)) {
            return Optional.of(fromRates.get(to));
        }
        // A cross rate through the first currency (alphabetically, for a stable answer) that reaches both.
        return fromRates.keySet().stream()
                .sorted()
                .filter(via -> rates.getOrDefault(via, Map.of()).containsKey(to))
                .findFirst()
                .map(via -> fromRates.get(via).multiply(rates.get(via).get(to), PRECISION));
    }

    /** The amount in {@code to}, unrounded, if the month has a way to convert it. */
    public Optional<BigDecimal> convert(Money money, YearMonth month, String to) {
        return factor(money.currency(), to, month).map(f -> money.amount().multiply(f, PRECISION));
    }

    /**
     * The latest month not after {@code notAfter} in which {@code from} converts into {@code to}: future amounts
     * (the forecast) convert at the last rate known, and say which month that was.
     */
    public Optional<YearMonth> latestMonth(String from, String to, YearMonth notAfter) {
        if (from.equals(to)) {
            return Optional.of(notAfter);
        }
        return ((TreeMap<YearMonth, ?>) byMonth)
                .headMap(notAfter, true).descendingKeySet().stream()
                        .filter(m -> factor(from, to, m).isPresent())
                        .findFirst();
    }

    /**
     * The month whose rate converts an amount of {@code month}: the month itself up to {@code current}; a later
     * month (a commitment, the forecast) takes the latest month with a rate, as no rate for it can exist yet.
     */
    public YearMonth rateMonth(String from, String to, YearMonth month, YearMonth current) {
        return month.isAfter(current) ? latestMonth(from, to, current).orElse(month) : month;
    }
}

package io.pxportal.licensing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What the measurements of one contract year amount to, all the licence position rules need of them: how many
 * count and how many were left out for their environment; for seats and capacity the high-water mark and the
 * first day it was reached; for volumes the exact (unrounded) sum up to the day judged and the last day covered.
 * {@link LicencePositionEngine} makes it from a list of measurements, {@link UsageSummaries} in the database for
 * many entitlements at once; both must agree to the last digit.
 */
record UsageSummary(
        int counted, int excluded, BigDecimal peak, LocalDate peakOn, BigDecimal volume, LocalDate through) {

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    static final UsageSummary NONE = new UsageSummary(0, 0, BigDecimal.ZERO, null, BigDecimal.ZERO, null);

    /**
     * A volume's share of a period: the days of {@code from}–{@code to} that fall within {@code first}–{@code last},
     * pro rata (a period wholly inside counts whole, exactly).
     */
    static BigDecimal share(BigDecimal quantity, LocalDate from, LocalDate to, LocalDate first, LocalDate last) {
        long overlap = ChronoUnit.DAYS.between(first, last) + 1;
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return overlap == days
                ? quantity
                : quantity.multiply(BigDecimal.valueOf(overlap)).divide(BigDecimal.valueOf(days), PRECISION);
    }
}

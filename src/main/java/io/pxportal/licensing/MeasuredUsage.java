package io.pxportal.licensing;

import io.pxportal.portfolio.PlatformEnvironment;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One measurement as the engine sees it: a count on a day ({@code from == to}) or a volume over a period. */
public record MeasuredUsage(PlatformEnvironment environment, LocalDate from, LocalDate to, BigDecimal quantity) {

    public MeasuredUsage {
        if (environment == null || from == null || to == null || quantity == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a measurement needs an environment, a day or period and a quantity");
        }
    }

    /** A count on one day. */
    public static MeasuredUsage on(PlatformEnvironment environment, LocalDate day, BigDecimal quantity) {
        return new MeasuredUsage(environment, day, day, quantity);
    }
}

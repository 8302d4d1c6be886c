package io.pxportal.licensing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Consumption over time for a chart: what counted at each measured day (seats: the total in use; volumes: the
 * contract year's running sum), the entitlement (null when unlimited), and for volumes the forecast from the
 * last measured day to the end of the current contract year.
 */
public record UsageTimeline(List<Point> consumed, BigDecimal entitled, List<Point> forecast) {

    public UsageTimeline {
        consumed = List.copyOf(consumed);
        forecast = List.copyOf(forecast);
    }

    /** A value on a day. */
    public record Point(LocalDate day, BigDecimal value) {}
}

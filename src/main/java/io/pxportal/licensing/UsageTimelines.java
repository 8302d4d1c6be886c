package io.pxportal.licensing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * An entitlement's consumption over time for its chart, by the rules of {@link LicencePositionEngine}: seats and
 * capacity — the total in use at each measured day; volumes — the contract year's running sum, starting again at
 * each year, and the forecast to the year's end.
 */
final class UsageTimelines {

    private UsageTimelines() {}

    /** Consumption at each measured day up to {@code asOf}, the entitlement, and the volume forecast. */
    static UsageTimeline timeline(EntitlementTerms terms, List<MeasuredUsage> usage, LocalDate asOf) {
        TreeSet<LocalDate> days = new TreeSet<>();
        usage.stream()
                .filter(m -> LicencePositionEngine.counts(terms, m.environment()))
                .map(m -> terms.metric().isVolume() ? m.to() : m.from())
                .filter(d -> !d.isBefore(terms.termFrom())
                        && !d.isAfter(asOf)
                        && (terms.termTo() == null || !d.isAfter(terms.termTo())))
                .forEach(days::add);
        List<UsageTimeline.Point> consumed = new ArrayList<>();
        for (LocalDate day : days) {
            if (terms.metric().isVolume()) {
                addVolume(consumed, terms, usage, day);
            } else {
                consumed.add(new UsageTimeline.Point(day, inUseOn(terms, usage, day)));
            }
        }
        List<UsageTimeline.Point> forecast = new ArrayList<>();
        LicencePosition now = LicencePositionEngine.position(terms, usage, asOf);
        if (now.forecast() != null) {
            forecast.add(new UsageTimeline.Point(now.measuredThrough(), now.consumed()));
            forecast.add(new UsageTimeline.Point(now.yearEnd(), now.forecast()));
        }
        return new UsageTimeline(consumed, terms.quantity(), forecast);
    }

    /** The running sum on {@code day}; the running sum starts again with each contract year. */
    private static void addVolume(
            List<UsageTimeline.Point> consumed, EntitlementTerms terms, List<MeasuredUsage> usage, LocalDate day) {
        LicencePosition position = LicencePositionEngine.position(terms, usage, day);
        if (!consumed.isEmpty() && consumed.getLast().day().isBefore(position.yearStart())) {
            // Close the last year, open this one.
            LocalDate lastYearEnd = position.yearStart().minusDays(1);
            if (consumed.getLast().day().isBefore(lastYearEnd)) {
                consumed.add(new UsageTimeline.Point(
                        lastYearEnd,
                        LicencePositionEngine.position(terms, usage, lastYearEnd)
                                .consumed()));
            }
            consumed.add(new UsageTimeline.Point(position.yearStart(), BigDecimal.ZERO));
        }
        consumed.add(new UsageTimeline.Point(day, position.consumed()));
    }

    private static BigDecimal inUseOn(EntitlementTerms terms, List<MeasuredUsage> usage, LocalDate day) {
        LocalDate start = ContractYear.startOf(terms, ContractYear.containing(terms, day));
        return LicencePositionEngine.total(
                usage.stream()
                        .filter(m -> LicencePositionEngine.counts(terms, m.environment()))
                        .filter(m -> !m.from().isBefore(start) && !m.from().isAfter(day))
                        .toList(),
                day);
    }
}

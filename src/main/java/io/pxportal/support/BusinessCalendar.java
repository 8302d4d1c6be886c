package io.pxportal.support;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * When an SLA clock runs: round the clock, or in each day's working window in {@code zone}, public holidays
 * excluded. The week can change over time: each day takes its hours from the version of the week in force on that
 * day (the latest {@link WorkWeek#effectiveFrom} on or before it; the earliest version for days before any), so a
 * ticket spanning a change counts each day on its own version. Working hours are wall-clock times: a day's window
 * is found with {@link ZonedDateTime} in the calendar's zone, so a daylight-saving change moves it in UTC as it
 * moves the vendor's office; round the clock counts real elapsed time (a 23-hour day is 23 hours). Rules in
 * docs/adr/007-business-calendars.md.
 */
public record BusinessCalendar(ZoneId zone, List<WorkWeek> weeks, Set<LocalDate> holidays, boolean roundTheClock) {

    /** How far {@link #addWorkingTime} looks ahead before it gives up (a calendar with no working day). */
    private static final int MAX_DAYS = 3700;

    public BusinessCalendar {
        weeks = weeks == null
                ? List.of()
                : weeks.stream()
                        .sorted(Comparator.comparing(WorkWeek::effectiveFrom))
                        .toList();
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        if (!roundTheClock && weeks.isEmpty()) {
            throw new IllegalArgumentException("a business calendar needs a working week");
        }
    }

    /** One week for all time: {@code workingDays} from {@code start} to {@code end}. */
    public BusinessCalendar(
            ZoneId zone,
            Set<DayOfWeek> workingDays,
            LocalTime start,
            LocalTime end,
            Set<LocalDate> holidays,
            boolean roundTheClock) {
        this(
                zone,
                roundTheClock
                        ? List.of()
                        : List.of(WorkWeek.of(
                                LocalDate.MIN,
                                workingDays == null ? Set.of() : workingDays,
                                new WorkingHours(start, end))),
                holidays,
                roundTheClock);
    }

    public static BusinessCalendar roundTheClock(ZoneId zone) {
        return new BusinessCalendar(zone, List.of(), Set.of(), true);
    }

    /** Monday to Friday, {@code start}–{@code end}, except the holidays. */
    public static BusinessCalendar weekdays(ZoneId zone, LocalTime start, LocalTime end, Set<LocalDate> holidays) {
        return new BusinessCalendar(
                zone, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), start, end, holidays, false);
    }

    /** The same calendar, but running round the clock (e.g. for P1 on a premium plan). */
    public BusinessCalendar aroundTheClock() {
        return roundTheClock ? this : roundTheClock(zone);
    }

    /** The working window of a day, or null on a day off or a holiday. */
    public WorkingHours hours(LocalDate day) {
        if (holidays.contains(day)) {
            return null;
        }
        WorkWeek week = weeks.getFirst();
        for (int i = weeks.size() - 1; i > 0; i--) {
            if (!weeks.get(i).effectiveFrom().isAfter(day)) {
                week = weeks.get(i);
                break;
            }
        }
        return week.days().get(day.getDayOfWeek());
    }

    public boolean isWorkingDay(LocalDate day) {
        return roundTheClock || hours(day) != null;
    }

    /** Working time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration workingTime(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return Duration.ZERO;
        }
        if (roundTheClock) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            WorkingHours hours = hours(day);
            if (hours == null) {
                continue;
            }
            Instant lo = max(open(day, hours), from);
            Instant hi = min(close(day, hours), to);
            if (lo.isBefore(hi)) {
                total = total.plus(Duration.between(lo, hi));
            }
        }
        return total;
    }

    /** The instant at which {@code amount} of working time after {@code from} has passed; null if never. */
    public Instant addWorkingTime(Instant from, Duration amount) {
        if (roundTheClock) {
            return from.plus(amount);
        }
        Duration left = amount;
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            WorkingHours hours = hours(day);
            if (hours == null) {
                continue;
            }
            Instant lo = max(open(day, hours), from);
            Instant hi = close(day, hours);
            if (!lo.isBefore(hi)) {
                continue;
            }
            Duration window = Duration.between(lo, hi);
            if (left.compareTo(window) <= 0) {
                return lo.plus(left);
            }
            left = left.minus(window);
        }
        return null;
    }

    private Instant open(LocalDate day, WorkingHours hours) {
        return ZonedDateTime.of(day, hours.start(), zone).toInstant();
    }

    private Instant close(LocalDate day, WorkingHours hours) {
        return hours.end().equals(LocalTime.MAX)
                ? day.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(day, hours.end(), zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

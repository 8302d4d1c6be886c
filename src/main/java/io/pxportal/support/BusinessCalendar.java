package io.pxportal.support;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When an SLA clock runs: round the clock, or on working days between {@code start} and {@code end} local time in
 * {@code zone}, public holidays excluded. Working hours are wall-clock times, so a day's window is found with
 * {@link ZonedDateTime} in the calendar's zone and a daylight-saving change moves it in UTC, as it moves the
 * vendor's office; round the clock counts real elapsed time (a 23-hour day is 23 hours).
 */
public record BusinessCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime start, LocalTime end,
                               Set<LocalDate> holidays, boolean roundTheClock) {

    /** How far {@link #addWorkingTime} looks ahead before it gives up (a calendar with no working day). */
    private static final int MAX_DAYS = 3700;

    public BusinessCalendar {
        workingDays = workingDays == null || workingDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
                : EnumSet.copyOf(workingDays);
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        if (!roundTheClock && (start == null || end == null || !end.isAfter(start))) {
            throw new IllegalArgumentException("working hours must end after they start");
        }
    }

    public static BusinessCalendar roundTheClock(ZoneId zone) {
        return new BusinessCalendar(zone, EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MAX,
                Set.of(), true);
    }

    /** Monday to Friday, {@code start}–{@code end}, except the holidays. */
    public static BusinessCalendar weekdays(ZoneId zone, LocalTime start, LocalTime end, Set<LocalDate> holidays) {
        return new BusinessCalendar(zone, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), start, end, holidays,
                false);
    }

    /** The same calendar, but running round the clock (e.g. for P1 on a premium plan). */
    public BusinessCalendar aroundTheClock() {
        return roundTheClock ? this : roundTheClock(zone);
    }

    public boolean isWorkingDay(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
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
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant lo = max(open(day), from);
            Instant hi = min(close(day), to);
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
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant lo = max(open(day), from);
            Instant hi = close(day);
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

    private Instant open(LocalDate day) {
        return ZonedDateTime.of(day, start, zone).toInstant();
    }

    private Instant close(LocalDate day) {
        return ZonedDateTime.of(day, end, zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

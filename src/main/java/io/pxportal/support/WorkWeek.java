package io.pxportal.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * A version of a calendar's working week: the hours of each working weekday (a day left out is a day off), in force
 * from {@code effectiveFrom} until the next version's date.
 */
public record WorkWeek(LocalDate effectiveFrom, Map<DayOfWeek, WorkingHours> days) {

    public WorkWeek {
        if (effectiveFrom == null) {
            throw new IllegalArgumentException("a working week needs the date it is effective from");
        }
        Map<DayOfWeek, WorkingHours> copy = new EnumMap<>(DayOfWeek.class);
        if (days != null) {
            copy.putAll(days);
        }
        days = java.util.Collections.unmodifiableMap(copy);
    }

    /** The same hours on every day of {@code days}. */
    public static WorkWeek of(LocalDate effectiveFrom, java.util.Set<DayOfWeek> days, WorkingHours hours) {
        Map<DayOfWeek, WorkingHours> map = new EnumMap<>(DayOfWeek.class);
        days.forEach(d -> map.put(d, hours));
        return new WorkWeek(effectiveFrom, map);
    }
}

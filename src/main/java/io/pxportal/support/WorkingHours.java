package io.pxportal.support;

import java.time.LocalTime;

/**
 * One day's working window in local time, {@code start} to {@code end} on the same day; an end of
 * {@link LocalTime#MAX} is midnight at the day's end (written 24:00).
 */
public record WorkingHours(LocalTime start, LocalTime end) {

    public WorkingHours {
        if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException("working hours must end after they start");
        }
    }
}

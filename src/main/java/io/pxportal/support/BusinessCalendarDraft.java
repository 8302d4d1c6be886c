package io.pxportal.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a user enters for a business calendar: its name, time zone, the versions of its working week (each in force
 * from its date) and its holidays; {@code version} is the record version they started from (null when new).
 */
public record BusinessCalendarDraft(
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.max-length}")
        String name,

        @NotBlank(message = "{validation.required}") String timeZone,
        List<WorkWeek> weeks,
        List<Holiday> holidays,
        Long version) {

    public BusinessCalendarDraft {
        weeks = weeks == null ? List.of() : List.copyOf(weeks);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }
}

package io.pxportal.roadmap;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A new step in an item's status history: the status reached on {@code on} (today when null) and the quarter the
 * vendor now commits to; {@code version} is the item version the user saw.
 */
public record StatusChange(
        @NotNull(message = "{validation.required}") ItemStatus status,
        Quarter quarter,
        LocalDate on,

        @Size(max = 500, message = "{validation.max-length}")
        String note,

        Long version) {}

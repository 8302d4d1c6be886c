package io.pxportal.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** What a steering review is: a title, the day it meets, its platforms and attendees; {@code version} when editing. */
public record ReviewDraft(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
        String title,

        @NotNull(message = "{validation.required}") LocalDate heldOn,
        @NotEmpty(message = "{review.platforms.required}") Set<Long> platformIds,
        Set<String> attendees,

        @Size(max = 4000, message = "{validation.max-length}")
        String notes,

        Long version) {

    public ReviewDraft {
        platformIds = platformIds == null ? Set.of() : Set.copyOf(platformIds);
        attendees = attendees == null ? Set.of() : Set.copyOf(attendees);
    }
}

package io.pxportal.roadmap;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A rating as imported: item (by id, found from vendor, product and title), objective, value and rationale. */
public record RatingDraft(
        @NotNull(message = "{validation.required}") Long itemId,
        @NotNull(message = "{validation.required}") Long objectiveId,

        @NotNull(message = "{validation.required}")
        @Min(value = -1, message = "{roadmap.rating.range}")
        @Max(value = 2, message = "{roadmap.rating.range}")
        Integer rating,

        @Size(max = 1000, message = "{validation.max-length}")
        String rationale) {}

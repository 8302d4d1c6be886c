package io.pxportal.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What a product owner enters for a requirement of their platform; {@code version} as started from. */
public record RequirementDraft(
        @NotNull(message = "{validation.required}") Long platformId,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
        String title,

        @NotNull(message = "{validation.required}") Quarter neededBy,

        @Size(max = 2000, message = "{validation.max-length}")
        String description,

        Set<Long> objectiveIds,
        Long version) {

    public RequirementDraft {
        objectiveIds = objectiveIds == null ? Set.of() : Set.copyOf(objectiveIds);
    }
}

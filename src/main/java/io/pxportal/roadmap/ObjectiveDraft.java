package io.pxportal.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a steering member enters for an objective; {@code version} is the one they started from (null when new). */
public record ObjectiveDraft(
        @NotBlank(message = "{validation.required}")
        @Size(max = 40, message = "{validation.max-length}")
        @Pattern(regexp = "\\s*[A-Za-z0-9_-]+\\s*", message = "{roadmap.objective.code.invalid}")
        String code,

        @NotBlank(message = "{validation.required}") @Size(max = 160, message = "{validation.max-length}")
        String name,

        @Size(max = 2000, message = "{validation.max-length}")
        String description,

        @NotNull(message = "{validation.required}") LocalDate validFrom,
        LocalDate validTo,
        Long version) {}

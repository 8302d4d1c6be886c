package io.pxportal.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An action to assign: what, who, by when, and optionally the decision it follows from. */
public record ActionDraft(
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.max-length}")
        String title,

        @NotBlank(message = "{validation.required}") String owner,
        @NotNull(message = "{validation.required}") LocalDate dueOn,
        Long decisionId) {}

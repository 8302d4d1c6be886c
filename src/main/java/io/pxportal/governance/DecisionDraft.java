package io.pxportal.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A decision to record: the outcome, a short title, the rationale, and the records it is about. */
public record DecisionDraft(
        @NotNull(message = "{validation.required}") DecisionOutcome outcome,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
        String title,

        @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.max-length}")
        String rationale,

        List<DecisionLink> links) {

    public DecisionDraft {
        links = links == null ? List.of() : List.copyOf(links);
    }
}

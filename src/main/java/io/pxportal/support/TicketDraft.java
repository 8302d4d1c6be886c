package io.pxportal.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A vendor ticket as entered, imported or pushed: known by platform and the vendor's case id. The milestones
 * (first response, resolved, closed) and the current {@code status} since {@code statusSince} are appended to the
 * ticket's history when it does not have them yet, so sending the same ticket again changes nothing and a new
 * status adds one entry. {@code version} is the version an editor started from (null for imports and the API).
 */
public record TicketDraft(
        @NotNull(message = "{validation.required}") Long platformId,

        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.max-length}")
        String caseId,

        @NotNull(message = "{validation.required}") Severity severity,
        TicketCategory category,

        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.max-length}")
        String title,

        @NotNull(message = "{validation.required}") Instant openedAt,
        TicketStatus status,
        Instant statusSince,
        Instant firstResponseAt,
        Instant resolvedAt,
        Instant closedAt,
        Long version) {

    public TicketDraft {
        category = category == null ? TicketCategory.DEFECT : category;
    }
}

package io.pxportal.support.api;

import io.pxportal.support.Severity;
import io.pxportal.support.TicketCategory;
import io.pxportal.support.TicketDraft;
import io.pxportal.support.TicketStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A ticket as a vendor integration pushes it; times are ISO 8601 instants (with Z or an offset). */
@Schema(name = "TicketInput")
record TicketInput(
        @Schema(description = "Platform id", example = "1") Long platformId,

        @Schema(description = "The vendor's case id", example = "CS0012345")
        String caseId,

        @Schema(example = "P2") Severity severity,
        @Schema(example = "DEFECT") TicketCategory category,

        @Schema(example = "Batch run fails on large statements")
        String title,

        @Schema(example = "2026-03-05T09:15:00Z") Instant openedAt,

        @Schema(description = "Current status; appended when it differs", example = "IN_PROGRESS")
        TicketStatus status,

        @Schema(description = "Since when (now if left out)", example = "2026-03-05T10:00:00Z")
        Instant statusSince,

        @Schema(example = "2026-03-05T10:00:00Z") Instant firstResponseAt,
        Instant resolvedAt,
        Instant closedAt) {

    TicketDraft toDraft() {
        return new TicketDraft(
                platformId,
                caseId,
                severity,
                category,
                title,
                openedAt,
                status,
                statusSince,
                firstResponseAt,
                resolvedAt,
                closedAt,
                null);
    }
}

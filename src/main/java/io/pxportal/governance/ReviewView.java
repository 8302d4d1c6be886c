package io.pxportal.governance;

import io.pxportal.portfolio.PlatformRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A steering review as lists and its page show it; {@code editable} when the user may change it. */
public record ReviewView(
        Long id,
        Long version,
        String title,
        LocalDate heldOn,
        ReviewStatus status,
        List<PlatformRef> platforms,
        List<String> attendees,
        String notes,
        Instant closedAt,
        String closedBy,
        boolean editable) {

    public ReviewDraft draft() {
        return new ReviewDraft(
                title,
                heldOn,
                platforms.stream().map(PlatformRef::id).collect(java.util.stream.Collectors.toSet()),
                java.util.Set.copyOf(attendees),
                notes,
                version);
    }
}

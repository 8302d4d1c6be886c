package io.pxportal.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What a product owner enters for a vendor roadmap item. {@code platformIds} narrows it to some of the vendor's
 * platforms (empty: all of them); {@code affectedVersion} is the version an end of support ends (e.g. "16.6").
 * Status and committed quarter of an existing item change through its status history, not through this draft.
 */
public record RoadmapItemDraft(
        @NotNull(message = "{validation.required}") Long vendorId,

        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.max-length}")
        String product,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
        String title,

        @NotNull(message = "{validation.required}") ItemType type,
        Quarter committedQuarter,
        @NotNull(message = "{validation.required}") ItemStatus status,
        @Size(max = 40, message = "{validation.max-length}") String affectedVersion,

        @Size(max = 500, message = "{validation.max-length}")
        @Pattern(regexp = "(https?://\\S+)?", message = "{roadmap.item.source.invalid}")
        String sourceUrl,

        @Size(max = 4000, message = "{validation.max-length}")
        String notes,

        Set<Long> platformIds,
        Long version) {

    public RoadmapItemDraft {
        platformIds = platformIds == null ? Set.of() : Set.copyOf(platformIds);
    }
}

package io.pxportal.roadmap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change a roadmap item and its ratings: an admin, or a product owner of a platform the item concerns —
 * the platforms it lists, or, when it lists none, every platform of its vendor. Used as
 * {@code @roadmapItemAccess} in {@code @PreAuthorize}.
 */
@Component("roadmapItemAccess")
@Transactional(readOnly = true)
public class RoadmapItemAccess {

    private final RoadmapItemRepository items;
    private final PlatformCatalog platforms;

    RoadmapItemAccess(RoadmapItemRepository items, PlatformCatalog platforms) {
        this.items = items;
        this.platforms = platforms;
    }

    public boolean canEdit(Long itemId) {
        return itemId != null
                && items.findById(itemId)
                        .map(i -> platforms.canEditAny(i.getVendorId(), i.getPlatformIds()))
                        .orElse(false);
    }
}

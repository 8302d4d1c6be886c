package io.pxportal.roadmap;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.VendorRef;
import java.util.List;

/**
 * A roadmap item as lists and its editor show it: what it is ({@code draft}, with the version to send back), the
 * names it refers to (no platforms: every platform of the vendor), and whether the current user may change it.
 */
public record RoadmapItemView(
        Long id, RoadmapItemDraft draft, VendorRef vendor, List<PlatformRef> platforms, boolean editable) {

    public String title() {
        return draft.title();
    }

    public ItemStatus status() {
        return draft.status();
    }
}

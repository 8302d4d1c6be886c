package io.pxportal.roadmap;

/** What a roadmap item list is narrowed to; null fields do not filter. */
public record RoadmapItemFilter(String text, Long vendorId, ItemType type, ItemStatus status) {

    public static RoadmapItemFilter all() {
        return new RoadmapItemFilter(null, null, null, null);
    }
}

package io.pxportal.roadmap;

/** A roadmap item that slipped, with the slip. */
public record SlippedItem(RoadmapItemView item, Slip slip) {}

package io.pxportal.roadmap;

/** What a vendor roadmap item announces. */
public enum ItemType {
    FEATURE,
    DEPRECATION,
    END_OF_SUPPORT,
    PLATFORM_CHANGE
}

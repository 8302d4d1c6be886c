package io.pxportal.roadmap;

/** How close the end of support of the version a platform runs is. */
public enum SupportRisk {
    ENDED,
    WITHIN_12_MONTHS,
    WITHIN_24_MONTHS,
    LATER
}

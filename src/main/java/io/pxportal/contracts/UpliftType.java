package io.pxportal.contracts;

/** How the price rises each contract year: not at all, by a fixed percentage, or with an index within a cap and floor. */
public enum UpliftType {
    NONE,
    FIXED,
    INDEX
}

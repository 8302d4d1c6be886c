package io.pxportal.finance;

/** What budget vs actual is broken down by. */
public enum FinanceDimension {
    PLATFORM,
    VENDOR,
    CATEGORY
}

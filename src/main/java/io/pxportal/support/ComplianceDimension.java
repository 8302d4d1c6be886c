package io.pxportal.support;

/** What compliance is grouped by. */
public enum ComplianceDimension {
    MONTH,
    SEVERITY,
    PLATFORM,
    VENDOR
}

package io.pxportal.finance;

/** What a cost is for: the categories spend and budgets are broken down by. */
public enum CostCategory {
    LICENCE,
    MAINTENANCE,
    SUBSCRIPTION,
    VENDOR_SERVICES,
    INFRASTRUCTURE,
    INTERNAL_STAFF
}

package io.pxportal.finance;

/** How a cost line came in: typed in or sent by API, imported from a ledger export (or the bulk API), or recorded by another module. */
public enum CostSource {
    MANUAL,
    IMPORTED,
    MODULE
}

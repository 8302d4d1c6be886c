package io.pxportal.finance;

/** How a cost line came in: typed in, imported from a ledger export, pushed by API, or recorded by another module. */
public enum CostSource { MANUAL, IMPORTED, API, MODULE }

package io.pxportal.finance;

/** Whether a cost was paid (invoiced, booked) or is committed (ordered, contracted) but not yet paid. */
public enum CostKind {
    ACTUAL,
    COMMITTED
}

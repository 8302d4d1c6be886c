package io.pxportal.governance;

/** Where an action stands; only an open action can be overdue. */
public enum ActionStatus {
    OPEN,
    DONE,
    CANCELLED
}

package io.pxportal.governance;

/** A steering review is planned (its agenda follows the live data) until it is closed (its agenda is frozen). */
public enum ReviewStatus {
    PLANNED,
    CLOSED
}

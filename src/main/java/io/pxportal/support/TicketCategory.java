package io.pxportal.support;

/** What a vendor ticket is about. */
public enum TicketCategory {
    DEFECT,
    QUESTION,
    ENHANCEMENT
}

package io.pxportal.contracts;

/** The unit of a notice period. */
public enum NoticeUnit {
    DAYS,
    MONTHS
}

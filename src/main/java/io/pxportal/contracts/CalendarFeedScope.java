package io.pxportal.contracts;

/** Which contracts a calendar link shows: those the link's owner owns (contract owner), or all. */
public enum CalendarFeedScope {
    MINE,
    ALL
}

package io.pxportal.support;

/** What recording a ticket did: created it, changed it (new details or status entries), or nothing. */
public record TicketRecorded(TicketView ticket, Change change) {

    public enum Change {
        CREATED,
        UPDATED,
        UNCHANGED
    }
}

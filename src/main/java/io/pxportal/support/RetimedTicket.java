package io.pxportal.support;

import java.util.List;

/**
 * What the bulk import writes for one staged row after re-timing it: the ticket as it now is and the status changes
 * to append to its history.
 *
 * @param ticketId the stored ticket's id, null when the row creates one
 */
record RetimedTicket(long rowNo, Long ticketId, Write write, VendorTicket ticket, List<StatusChange> appended) {

    /**
     * How the row's ticket is written, by the code staged in {@code ticket_import_result.kind} that the set
     * statements of {@link TicketStaging#merge} and {@link TicketOutcomeSummary#importStep} select by.
     */
    enum Write {
        /** A new ticket (audited). */
        CREATE("C"),
        /** A changed ticket (audited). */
        UPDATE("U"),
        /** Only the re-timed outcomes changed (not audited: they are derived). */
        OUTCOMES("O");

        private final String code;

        Write(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }
    }
}

package io.pxportal.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of a ticket's status history. Append-only: the history itself is the record of what happened, so it
 * is not audited separately (the ticket's own audit shows each change of its current status).
 */
@Entity
@Table(name = "ticket_status_change")
class TicketStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private VendorTicket ticket;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TicketStatus status;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected TicketStatusChange() {}

    TicketStatusChange(VendorTicket ticket, TicketStatus status, Instant changedAt) {
        this.ticket = ticket;
        this.status = status;
        this.changedAt = changedAt;
    }

    StatusChange toChange() {
        return new StatusChange(status, changedAt);
    }
}

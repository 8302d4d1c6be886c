package io.pxportal.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded security event; written once, never changed. */
@Entity
@Table(name = "security_event")
class SecurityEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String username;

    /** The kind's name: the kinds are enums of the modules that record them. */
    @Column(nullable = false, length = 30)
    private String kind;

    @Column(nullable = false, length = 300)
    private String detail;

    protected SecurityEvent() {}

    SecurityEvent(Instant occurredAt, String username, SecurityEventKind kind, String detail) {
        this.occurredAt = occurredAt;
        this.username = username.length() > 64 ? username.substring(0, 64) : username;
        this.kind = kind.name();
        this.detail = detail == null ? "" : detail.length() > 300 ? detail.substring(0, 300) : detail;
    }
}

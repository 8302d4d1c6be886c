package io.pxportal.contracts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A user's secret link to the renewal calendar feed: at most one per user; a new secret replaces the old one,
 * which stops working at once. Only the secret's hash is kept.
 */
@Entity
@Table(name = "calendar_link")
class CalendarLink {

    /** The last read is recorded at most this often: calendar apps poll, and a poll need not write. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CalendarFeedScope scope;

    @Column(name = "secret_hash", nullable = false, unique = true, length = 64)
    private String secretHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected CalendarLink() {}

    CalendarLink(String username, CalendarFeedScope scope, CalendarSecret secret, Instant now) {
        this.username = Objects.requireNonNull(username);
        replace(scope, secret, now);
    }

    /** A new secret (and scope): the old address stops working. */
    void replace(CalendarFeedScope scope, CalendarSecret secret, Instant now) {
        this.scope = Objects.requireNonNull(scope);
        this.secretHash = secret.hash();
        this.createdAt = now;
        this.lastUsedAt = null;
    }

    CalendarLinkInfo toInfo() {
        return new CalendarLinkInfo(scope, createdAt, lastUsedAt);
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    CalendarFeedScope getScope() {
        return scope;
    }
}

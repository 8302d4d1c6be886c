package io.pxportal.identity;

import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A personal API token: acts for its owner, with the owner's roles, limited to its scope. Only the hash of its
 * secret is kept. Creation and revocation are in the history; the hash and the last-used time are not.
 */
@Entity
@Table(name = "api_token")
@Audited
class ApiToken implements AuditSnapshot {

    /** The last-used time is recorded at most this often, so that the API does not write on every request. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private AppUser owner;

    @Column(nullable = false, length = 80)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ApiTokenScope scope;

    @NotAudited
    @Column(name = "secret_hash", nullable = false, unique = true, length = 64)
    private String secretHash;

    @Column(nullable = false, length = 16)
    private String prefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @NotAudited
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {}

    ApiToken(
            AppUser owner,
            String name,
            ApiTokenScope scope,
            ApiTokenSecret secret,
            Instant createdAt,
            Instant expiresAt) {
        if (expiresAt != null && !expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("A token must not expire before it is created");
        }
        this.owner = Objects.requireNonNull(owner);
        this.name = name.trim();
        this.scope = Objects.requireNonNull(scope);
        this.secretHash = secret.hash();
        this.prefix = secret.prefix();
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Stops the token for good; revoking again keeps the first time. */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    ApiTokenStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return ApiTokenStatus.REVOKED;
        }
        return expiresAt != null && !expiresAt.isAfter(now) ? ApiTokenStatus.EXPIRED : ApiTokenStatus.ACTIVE;
    }

    /** Whether the last use recorded is old enough that a use now should be recorded. */
    boolean lastUseOutdatedAt(Instant now) {
        return outdated(lastUsedAt, now);
    }

    /** The same rule as the repository's conditional update: a use at most once per {@link #LAST_USED_RESOLUTION}. */
    static boolean outdated(Instant lastUsedAt, Instant now) {
        return lastUsedAt == null || !lastUsedAt.isAfter(now.minus(LAST_USED_RESOLUTION));
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "token.name", name,
                "token.prefix", prefix,
                "token.scope", AuditTrail.key("token-scope", scope),
                "token.expires-at", expiresAt,
                "token.revoked-at", revokedAt);
    }

    Long getId() {
        return id;
    }

    AppUser getOwner() {
        return owner;
    }

    String getName() {
        return name;
    }

    ApiTokenScope getScope() {
        return scope;
    }

    String getPrefix() {
        return prefix;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }
}

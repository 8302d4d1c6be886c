package io.pxportal.support;

import io.pxportal.shared.Texts;
import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.hibernate.envers.Audited;

/** A platform was down from {@code startedAt} to {@code endedAt} (null: still down); planned ones do not count. */
@Entity
@Table(name = "outage")
@Audited
class Outage implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(name = "platform_id", nullable = false)
    private Long platformId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(nullable = false)
    private boolean planned;

    @Column(length = 500)
    private String description;

    protected Outage() {}

    Outage(OutageDraft draft) {
        this.platformId = draft.platformId();
        this.startedAt = draft.startedAt();
        describe(draft);
    }

    void describe(OutageDraft draft) {
        if (draft.endedAt() != null && !draft.endedAt().isAfter(draft.startedAt())) {
            throw new DomainException("support.outage.period.invalid");
        }
        this.startedAt = draft.startedAt();
        this.endedAt = draft.endedAt();
        this.planned = draft.planned();
        this.description = Texts.trimmedOrNull(draft.description());
    }

    boolean sameAs(OutageDraft draft) {
        return java.util.Objects.equals(endedAt, draft.endedAt())
                && planned == draft.planned()
                && java.util.Objects.equals(description, Texts.trimmedOrNull(draft.description()));
    }

    /** How much of [from, to) the outage covers (an open one lasts until {@code now}). */
    Duration overlap(Instant from, Instant to, Instant now) {
        Instant end = endedAt == null ? now : endedAt;
        Instant lo = startedAt.isAfter(from) ? startedAt : from;
        Instant hi = end.isBefore(to) ? end : to;
        return lo.isBefore(hi) ? Duration.between(lo, hi) : Duration.ZERO;
    }

    OutageView toView(String platformName, boolean editable) {
        return new OutageView(
                id,
                new OutageDraft(platformId, startedAt, endedAt, planned, description, version),
                platformName,
                editable);
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "support.outage.started", startedAt,
                "support.outage.ended", endedAt,
                "support.outage.planned", planned,
                "support.outage.description", description);
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    Long getPlatformId() {
        return platformId;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    boolean isPlanned() {
        return planned;
    }
}

package io.pxportal.governance;

import io.pxportal.shared.Texts;
import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.envers.Audited;

/** A steering review: when, for which platforms, who attends, and whether it is closed. */
@Entity
@Table(name = "steering_review")
@Audited
class SteeringReview implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewStatus status = ReviewStatus.PLANNED;

    @Column(length = 4000)
    private String notes;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @ElementCollection
    @CollectionTable(name = "steering_review_platform", joinColumns = @JoinColumn(name = "review_id"))
    @Column(name = "platform_id", nullable = false)
    private Set<Long> platformIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "steering_review_attendee", joinColumns = @JoinColumn(name = "review_id"))
    @Column(name = "username", nullable = false, length = 64)
    private Set<String> attendees = new HashSet<>();

    protected SteeringReview() {}

    SteeringReview(ReviewDraft draft) {
        apply(draft);
    }

    void apply(ReviewDraft draft) {
        this.title = draft.title().trim();
        this.heldOn = draft.heldOn();
        this.notes = Texts.trimmedOrNull(draft.notes());
        this.platformIds.clear();
        this.platformIds.addAll(draft.platformIds());
        this.attendees.clear();
        this.attendees.addAll(draft.attendees());
    }

    void close(String by, Instant at) {
        this.status = ReviewStatus.CLOSED;
        this.closedBy = by;
        this.closedAt = at;
    }

    boolean isClosed() {
        return status == ReviewStatus.CLOSED;
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "review.title",
                title,
                "review.held-on",
                heldOn,
                "review.status",
                AuditTrail.key("review-status", status),
                "review.platforms",
                String.join(
                        ", ",
                        new TreeSet<>(platformIds).stream().map(String::valueOf).toList()),
                "review.attendees",
                String.join(", ", new TreeSet<>(attendees)),
                "review.notes",
                notes);
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    String getTitle() {
        return title;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    ReviewStatus getStatus() {
        return status;
    }

    String getNotes() {
        return notes;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    String getClosedBy() {
        return closedBy;
    }

    Set<Long> getPlatformIds() {
        return platformIds;
    }

    Set<String> getAttendees() {
        return attendees;
    }
}

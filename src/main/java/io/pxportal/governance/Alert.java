package io.pxportal.governance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

/**
 * One alert for one person about one dated thing at one stage. Acknowledged once; when the date under it changes
 * or its source escalates it to a new stage, the scan resolves it and raises a new one, and a decision resolves
 * it for good.
 */
@Entity
@Table(name = "alert")
class Alert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String recipient;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(name = "subject_type", nullable = false, length = 30)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "subject_label", nullable = false, length = 300)
    private String subjectLabel;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    /** How far the source has escalated this date (see {@code ExpectedAlert}); part of the alert's identity. */
    @Column(nullable = false)
    private int stage;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    /** The platforms the alert concerns, as its source last said (for the platform cards). */
    @ElementCollection
    @CollectionTable(name = "alert_platform", joinColumns = @JoinColumn(name = "alert_id"))
    @Column(name = "platform_id", nullable = false)
    private Set<Long> platformIds = new HashSet<>();

    protected Alert() {}

    Alert(
            String recipient,
            String kind,
            String subjectType,
            Long subjectId,
            String subjectLabel,
            LocalDate dueDate,
            int stage,
            Set<Long> platformIds,
            Instant now) {
        this.recipient = recipient;
        this.kind = kind;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.subjectLabel = subjectLabel.length() > 300 ? subjectLabel.substring(0, 300) : subjectLabel;
        this.dueDate = dueDate;
        this.stage = stage;
        this.raisedAt = now;
        this.platformIds.addAll(platformIds);
    }

    /** Brings the platforms in line with what the source says now (a contract may cover another platform). */
    void concern(Set<Long> platforms) {
        if (!platformIds.equals(platforms)) {
            platformIds.clear();
            platformIds.addAll(platforms);
        }
    }

    void acknowledge(Instant now) {
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
        }
    }

    void resolve(Instant now) {
        if (resolvedAt == null) {
            resolvedAt = now;
        }
    }

    boolean isOpen() {
        return resolvedAt == null;
    }

    AlertView toView(LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, dueDate);
        return new AlertView(
                id,
                kind,
                subjectType,
                subjectId,
                subjectLabel,
                dueDate,
                daysLeft,
                AlertView.Severity.of(daysLeft),
                raisedAt,
                acknowledgedAt != null);
    }

    String getRecipient() {
        return recipient;
    }

    String getKind() {
        return kind;
    }

    Long getSubjectId() {
        return subjectId;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    int getStage() {
        return stage;
    }
}

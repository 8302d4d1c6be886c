package io.pxportal.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One alert for one person about one dated thing. Acknowledged once; when the date under it changes, the
 * scan resolves it and raises a new one, and a decision resolves it for good.
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

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected Alert() {
    }

    Alert(String recipient, String kind, String subjectType, Long subjectId, String subjectLabel, LocalDate dueDate,
          Instant now) {
        this.recipient = recipient;
        this.kind = kind;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.subjectLabel = subjectLabel.length() > 300 ? subjectLabel.substring(0, 300) : subjectLabel;
        this.dueDate = dueDate;
        this.raisedAt = now;
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
        return new AlertView(id, kind, subjectType, subjectId, subjectLabel, dueDate, daysLeft,
                AlertView.Severity.of(daysLeft), raisedAt, acknowledgedAt != null);
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
}

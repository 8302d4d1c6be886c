package io.pxportal.governance;

import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.envers.Audited;

/** Something a person must do after a review, by a date; overdue while open after its due date. */
@Entity
@Table(name = "steering_action")
@Audited
class SteeringAction implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(name = "decision_id")
    private Long decisionId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 64)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.OPEN;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    protected SteeringAction() {}

    SteeringAction(Long reviewId, ActionDraft draft) {
        this.reviewId = reviewId;
        this.decisionId = draft.decisionId();
        this.title = draft.title().trim();
        this.owner = draft.owner();
        this.dueOn = draft.dueOn();
    }

    /** Done or cancelled on {@code today}, or open again. */
    void setStatus(ActionStatus status, LocalDate today) {
        this.status = status;
        this.completedOn = status == ActionStatus.OPEN ? null : today;
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "steering-action.title", title,
                "steering-action.owner", owner,
                "steering-action.due-on", dueOn,
                "steering-action.status", AuditTrail.key("action-status", status),
                "steering-action.completed-on", completedOn);
    }

    ActionView toView(SteeringReview review, String decisionTitle, LocalDate today, boolean editable) {
        return new ActionView(
                id,
                version,
                reviewId,
                review.getTitle(),
                decisionId,
                decisionTitle,
                title,
                owner,
                dueOn,
                status,
                completedOn,
                status == ActionStatus.OPEN && dueOn.isBefore(today),
                editable);
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    Long getReviewId() {
        return reviewId;
    }

    Long getDecisionId() {
        return decisionId;
    }

    String getTitle() {
        return title;
    }

    String getOwner() {
        return owner;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    ActionStatus getStatus() {
        return status;
    }

    LocalDate getCompletedOn() {
        return completedOn;
    }
}

package io.pxportal.governance;

import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.Audited;

/** A decision a steering review took, with its rationale and the records it is about. */
@Entity
@Table(name = "steering_decision")
@Audited
class SteeringDecision implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DecisionOutcome outcome;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String rationale;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @ElementCollection
    @CollectionTable(name = "steering_decision_link", joinColumns = @JoinColumn(name = "decision_id"))
    private Set<Link> links = new HashSet<>();

    /** What the decision is about. */
    @Embeddable
    static class Link {

        @Column(name = "subject_type", nullable = false, length = 30)
        private String subjectType;

        @Column(name = "subject_id", nullable = false)
        private Long subjectId;

        @Column(nullable = false, length = 300)
        private String label;

        protected Link() {}

        Link(DecisionLink link) {
            this.subjectType = link.subjectType();
            this.subjectId = link.subjectId();
            this.label = link.label().length() > 300 ? link.label().substring(0, 300) : link.label();
        }

        DecisionLink toLink() {
            return new DecisionLink(subjectType, subjectId, label);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Link link
                    && subjectType.equals(link.subjectType)
                    && subjectId.equals(link.subjectId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(subjectType, subjectId);
        }
    }

    protected SteeringDecision() {}

    SteeringDecision(Long reviewId, DecisionDraft draft, String decidedBy, LocalDate decidedOn) {
        this.reviewId = reviewId;
        this.outcome = draft.outcome();
        this.title = draft.title().trim();
        this.rationale = draft.rationale().trim();
        this.decidedBy = decidedBy;
        this.decidedOn = decidedOn;
        draft.links().forEach(l -> links.add(new Link(l)));
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "steering-decision.title", title,
                "steering-decision.outcome", AuditTrail.key("decision-outcome", outcome),
                "steering-decision.rationale", rationale,
                "steering-decision.decided-on", decidedOn,
                "steering-decision.links",
                        String.join(
                                ", ", links.stream().map(l -> l.label).sorted().toList()));
    }

    DecisionView toView(SteeringReview review) {
        return new DecisionView(
                id,
                reviewId,
                review.getTitle(),
                review.getHeldOn(),
                outcome,
                title,
                rationale,
                decidedOn,
                decidedBy,
                links.stream()
                        .map(Link::toLink)
                        .sorted(java.util.Comparator.comparing(DecisionLink::label))
                        .toList());
    }

    Long getId() {
        return id;
    }

    Long getReviewId() {
        return reviewId;
    }

    String getTitle() {
        return title;
    }

    LocalDate getDecidedOn() {
        return decidedOn;
    }

    java.util.List<DecisionLink> getLinks() {
        return links.stream().map(Link::toLink).toList();
    }
}

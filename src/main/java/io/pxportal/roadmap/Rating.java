package io.pxportal.roadmap;

import io.pxportal.shared.Texts;
import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import org.hibernate.envers.Audited;

/** How well a roadmap item serves an objective: −1 conflicts, 0 neutral, 1 supports, 2 strongly supports. */
@Entity
@Table(name = "roadmap_rating")
@Audited
class Rating implements AuditSnapshot {

    static final int MIN = -1;
    static final int MAX = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "objective_id", nullable = false)
    private Long objectiveId;

    @Column(nullable = false)
    private int rating;

    @Column(length = 1000)
    private String rationale;

    @Column(name = "rated_by", nullable = false, length = 64)
    private String ratedBy;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    protected Rating() {}

    Rating(Long itemId, Long objectiveId) {
        this.itemId = itemId;
        this.objectiveId = objectiveId;
    }

    void rate(int value, String why, String by, Instant at) {
        if (value < MIN || value > MAX) {
            throw new io.pxportal.shared.domain.DomainException("roadmap.rating.range");
        }
        this.rating = value;
        this.rationale = Texts.trimmedOrNull(why);
        this.ratedBy = by;
        this.ratedAt = at;
    }

    RatingView toView() {
        return new RatingView(id, itemId, objectiveId, rating, rationale, ratedBy, ratedAt, version);
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "roadmap.rating.item", itemId,
                "roadmap.rating.objective", objectiveId,
                "roadmap.rating.value", rating,
                "roadmap.rating.rationale", rationale,
                "roadmap.rating.rated-by", ratedBy);
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    Long getItemId() {
        return itemId;
    }

    Long getObjectiveId() {
        return objectiveId;
    }

    int getRating() {
        return rating;
    }
}

package io.pxportal.roadmap;

import io.pxportal.shared.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.annotations.Immutable;

/**
 * The objectives' weights in force from a quarter on. Never changed once written (hence no audit and no version):
 * the set in force for a quarter is the newest one whose effective quarter is not later than it. Numbered one after
 * another ({@code revision}, unique): of two sets written from the same predecessor at once, the database keeps one.
 */
@Entity
@Immutable
@Table(name = "roadmap_weight_set")
class WeightSet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int revision;

    @Column(name = "effective_quarter", nullable = false, length = 7)
    private Quarter effectiveQuarter;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(length = 500)
    private String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "roadmap_weight", joinColumns = @JoinColumn(name = "weight_set_id"))
    @MapKeyColumn(name = "objective_id")
    @Column(name = "weight", nullable = false)
    private Map<Long, Integer> weights = new TreeMap<>();

    protected WeightSet() {}

    WeightSet(
            int revision,
            Quarter effectiveQuarter,
            Map<Long, Integer> weights,
            Instant createdAt,
            String createdBy,
            String note) {
        this.revision = revision;
        this.effectiveQuarter = effectiveQuarter;
        this.weights.putAll(weights);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.note = Texts.trimmedOrNull(note);
    }

    WeightSetView toView() {
        return new WeightSetView(id, effectiveQuarter, createdAt, createdBy, note, new TreeMap<>(weights));
    }

    Long getId() {
        return id;
    }

    int getRevision() {
        return revision;
    }

    Quarter getEffectiveQuarter() {
        return effectiveQuarter;
    }

    Map<Long, Integer> getWeights() {
        return new TreeMap<>(weights);
    }
}

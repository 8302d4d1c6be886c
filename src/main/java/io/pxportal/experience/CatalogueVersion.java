package io.pxportal.experience;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A published catalogue version. Never changed after it is saved: the list of versions is the catalogue's
 * history (who published what, when, and why), so it needs no Envers trail of its own.
 */
@Entity
@Table(name = "experience_catalogue")
class CatalogueVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "catalogue_number", nullable = false, unique = true)
    private int number;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 64)
    private String publishedBy;

    @Column(length = 500)
    private String note;

    @Column(name = "weight_cx", nullable = false)
    private BigDecimal weightCx;

    @Column(name = "weight_ex", nullable = false)
    private BigDecimal weightEx;

    @Column(name = "weight_ux", nullable = false)
    private BigDecimal weightUx;

    @Column(name = "weight_mx", nullable = false)
    private BigDecimal weightMx;

    @Column(name = "weight_px", nullable = false)
    private BigDecimal weightPx;

    @Column(name = "weight_cost", nullable = false)
    private BigDecimal weightCost;

    @Column(name = "weight_support", nullable = false)
    private BigDecimal weightSupport;

    @Column(name = "weight_roadmap", nullable = false)
    private BigDecimal weightRoadmap;

    @Column(name = "weight_governance", nullable = false)
    private BigDecimal weightGovernance;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "experience_metric", joinColumns = @JoinColumn(name = "catalogue_id"))
    @OrderColumn(name = "position")
    private List<MetricRow> metrics = new ArrayList<>();

    protected CatalogueVersion() {}

    CatalogueVersion(int number, Instant publishedAt, String publishedBy, CatalogueDraft draft) {
        this.number = number;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.note = Texts.strippedOrNull(draft.note());
        Map<Dimension, BigDecimal> d = draft.dimensionWeights();
        Map<Pillar, BigDecimal> p = draft.pillarWeights();
        this.weightCx = d.get(Dimension.CX);
        this.weightEx = d.get(Dimension.EX);
        this.weightUx = d.get(Dimension.UX);
        this.weightMx = d.get(Dimension.MX);
        this.weightPx = d.get(Dimension.PX);
        this.weightCost = p.get(Pillar.COST);
        this.weightSupport = p.get(Pillar.SUPPORT);
        this.weightRoadmap = p.get(Pillar.ROADMAP);
        this.weightGovernance = p.get(Pillar.GOVERNANCE);
        draft.metrics().forEach(m -> metrics.add(MetricRow.of(m)));
    }

    Catalogue toCatalogue() {
        Map<Dimension, BigDecimal> dimensions = new EnumMap<>(Dimension.class);
        dimensions.put(Dimension.CX, weightCx);
        dimensions.put(Dimension.EX, weightEx);
        dimensions.put(Dimension.UX, weightUx);
        dimensions.put(Dimension.MX, weightMx);
        dimensions.put(Dimension.PX, weightPx);
        Map<Pillar, BigDecimal> pillars = new EnumMap<>(Pillar.class);
        pillars.put(Pillar.COST, weightCost);
        pillars.put(Pillar.SUPPORT, weightSupport);
        pillars.put(Pillar.ROADMAP, weightRoadmap);
        pillars.put(Pillar.GOVERNANCE, weightGovernance);
        return new Catalogue(
                number,
                publishedAt,
                publishedBy,
                note,
                dimensions,
                pillars,
                metrics.stream().map(MetricRow::toDefinition).toList());
    }

    Long getId() {
        return id;
    }

    int getNumber() {
        return number;
    }
}

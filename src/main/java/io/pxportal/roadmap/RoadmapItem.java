package io.pxportal.roadmap;

import io.pxportal.shared.Texts;
import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.IdSequenceMigration;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

/**
 * A vendor roadmap item: a feature, deprecation, end of support or platform change, committed to a quarter. Its
 * status changes only through {@link #moveTo}, which the service records in the status history as well.
 */
@Entity
@Table(name = "roadmap_item")
@Audited
class RoadmapItem implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "roadmap_item_ids")
    @SequenceGenerator(
            name = "roadmap_item_ids",
            sequenceName = "roadmap_item_seq",
            allocationSize = IdSequenceMigration.ALLOCATION)
    private Long id;

    @Version
    private Long version;

    @Column(name = "vendor_id", nullable = false)
    private Long vendorId;

    @Column(nullable = false, length = 120)
    private String product;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = 20)
    private ItemType type;

    @Column(name = "committed_quarter", length = 7)
    private Quarter committedQuarter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemStatus status;

    @Column(name = "affected_version", length = 40)
    private String affectedVersion;

    @Column(name = "source_url", length = 500)
    private String sourceUrl;

    @Column(length = 4000)
    private String notes;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "roadmap_item_platform", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "platform_id", nullable = false)
    private Set<Long> platformIds = new TreeSet<>();

    protected RoadmapItem() {}

    RoadmapItem(RoadmapItemDraft draft) {
        describe(draft);
        this.status = draft.status();
        this.committedQuarter = draft.committedQuarter();
    }

    /** Takes over what the item is; status and committed quarter change through {@link #moveTo}. */
    void describe(RoadmapItemDraft draft) {
        this.vendorId = draft.vendorId();
        this.product = draft.product().trim();
        this.title = draft.title().trim();
        this.type = draft.type();
        this.affectedVersion = Texts.trimmedOrNull(draft.affectedVersion());
        this.sourceUrl = Texts.trimmedOrNull(draft.sourceUrl());
        this.notes = Texts.trimmedOrNull(draft.notes());
        this.platformIds.retainAll(draft.platformIds());
        this.platformIds.addAll(draft.platformIds());
    }

    /** Whether status or committed quarter differ from what the item says now. */
    boolean differsFrom(ItemStatus newStatus, Quarter newQuarter) {
        return status != newStatus || !java.util.Objects.equals(committedQuarter, newQuarter);
    }

    void moveTo(ItemStatus newStatus, Quarter newQuarter) {
        this.status = newStatus;
        this.committedQuarter = newQuarter;
    }

    /** Whether the item concerns the platform: listed, or no platform listed and the platform is the vendor's. */
    boolean concerns(Long platformId, Long platformVendorId) {
        return platformIds.isEmpty() ? vendorId.equals(platformVendorId) : platformIds.contains(platformId);
    }

    RoadmapItemDraft toDraft() {
        return new RoadmapItemDraft(
                vendorId,
                product,
                title,
                type,
                committedQuarter,
                status,
                affectedVersion,
                sourceUrl,
                notes,
                new TreeSet<>(platformIds),
                version);
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "roadmap.item.vendor", vendorId,
                "roadmap.item.product", product,
                "roadmap.item.title", title,
                "roadmap.item.type", AuditTrail.key("roadmap-item-type", type),
                "roadmap.item.committed-quarter", committedQuarter,
                "roadmap.item.status", AuditTrail.key("roadmap-status", status),
                "roadmap.item.affected-version", affectedVersion,
                "roadmap.item.source", sourceUrl,
                "roadmap.item.notes", notes,
                "roadmap.item.platforms",
                        platformIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    Long getVendorId() {
        return vendorId;
    }

    String getProduct() {
        return product;
    }

    String getTitle() {
        return title;
    }

    ItemType getType() {
        return type;
    }

    ItemStatus getStatus() {
        return status;
    }

    Quarter getCommittedQuarter() {
        return committedQuarter;
    }

    String getAffectedVersion() {
        return affectedVersion;
    }

    Set<Long> getPlatformIds() {
        return new TreeSet<>(platformIds);
    }
}

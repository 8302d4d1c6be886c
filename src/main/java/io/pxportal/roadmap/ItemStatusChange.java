package io.pxportal.roadmap;

import io.pxportal.shared.Texts;
import io.pxportal.shared.domain.IdSequenceMigration;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * One step of an item's status history: the status it reached on a day and the quarter it was committed to
 * then. Append-only; reliability and slips are read from it.
 */
@Entity
@Immutable
@Table(name = "roadmap_item_status")
class ItemStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "roadmap_item_status_ids")
    @SequenceGenerator(
            name = "roadmap_item_status_ids",
            sequenceName = "roadmap_item_status_seq",
            allocationSize = IdSequenceMigration.ALLOCATION)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemStatus status;

    @Column(name = "committed_quarter", length = 7)
    private Quarter committedQuarter;

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(length = 500)
    private String note;

    protected ItemStatusChange() {}

    ItemStatusChange(
            Long itemId,
            ItemStatus status,
            Quarter committedQuarter,
            LocalDate changedOn,
            Instant recordedAt,
            String recordedBy,
            String note) {
        this.itemId = itemId;
        this.status = status;
        this.committedQuarter = committedQuarter;
        this.changedOn = changedOn;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.note = Texts.trimmedOrNull(note);
    }

    StatusStep toStep() {
        return new StatusStep(status, committedQuarter, changedOn, recordedBy, note);
    }

    Long getItemId() {
        return itemId;
    }
}

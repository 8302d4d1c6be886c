package io.pxportal.support;

import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A support case the vendor runs for one of our platforms, known by platform and the vendor's case id. Its status
 * history only grows ({@link #moveTo}); the outcome of both SLA clocks is kept as last computed ({@link #clocked}),
 * not audited: it is derived, and re-timing would otherwise write a revision per ticket.
 */
@Entity
@Table(name = "vendor_ticket")
@Audited
class VendorTicket implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(name = "platform_id", nullable = false)
    private Long platformId;

    @Column(name = "policy_id")
    private Long policyId;

    @Column(name = "case_id", nullable = false, length = 60)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TicketCategory category;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TicketStatus status;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_month", nullable = false, length = 7)
    private String openedMonth;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(name = "response_outcome", length = 10)
    private SlaOutcome responseOutcome;

    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(name = "resolution_outcome", length = 10)
    private SlaOutcome resolutionOutcome;

    @NotAudited
    @Column(name = "response_minutes")
    private Integer responseMinutes;

    @NotAudited
    @Column(name = "resolution_minutes")
    private Integer resolutionMinutes;

    @NotAudited
    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt, id")
    @BatchSize(size = 100)
    private List<TicketStatusChange> changes = new ArrayList<>();

    /** Where the outcome summary counts this ticket: as stored when loaded, then as last recounted. */
    @Transient
    private TicketOutcomeSummary.Key countedAs;

    protected VendorTicket() {}

    @PostLoad
    void loaded() {
        countedAs = TicketOutcomeSummary.Key.of(this);
    }

    TicketOutcomeSummary.Key countedAs() {
        return countedAs;
    }

    void countedAs(TicketOutcomeSummary.Key key) {
        this.countedAs = key;
    }

    VendorTicket(Long platformId, Long policyId, String caseId, Instant openedAt, ZoneId zone) {
        this.platformId = platformId;
        this.policyId = policyId;
        this.caseId = caseId.trim();
        this.openedAt = openedAt;
        this.openedMonth = YearMonth.from(openedAt.atZone(zone)).toString();
        this.status = TicketStatus.OPEN;
    }

    void describe(Severity severity, TicketCategory category, String title) {
        this.severity = severity;
        this.category = category;
        this.title = title.trim();
    }

    /**
     * Appends a status change unless the history already has it; refuses one before the opening. Returns whether
     * anything was appended. The current status is the latest change's.
     */
    boolean moveTo(TicketStatus next, Instant at) {
        if (at.isBefore(openedAt)) {
            throw new DomainException("support.ticket.change-before-open", caseId);
        }
        boolean known = changes.stream()
                .map(TicketStatusChange::toChange)
                .anyMatch(c -> c.status() == next && c.at().equals(at));
        if (known) {
            return false;
        }
        changes.add(new TicketStatusChange(this, next, at));
        List<StatusChange> history = history();
        this.status = history.getLast().status();
        this.firstResponseAt = history.stream()
                .filter(c -> c.status() != TicketStatus.OPEN)
                .map(StatusChange::at)
                .findFirst()
                .orElse(null);
        this.resolvedAt = status.stopsClock()
                ? history.stream()
                        .filter(c -> c.status() == TicketStatus.RESOLVED)
                        .map(StatusChange::at)
                        .reduce((a, b) -> b)
                        .orElse(history.getLast().at())
                : null;
        return true;
    }

    /**
     * Takes over what a draft says (the one rule of {@code TicketService.record} and the bulk import): new details,
     * and the milestones and the status the history does not have yet. {@code now} stands for a status without a
     * time. The opening cannot change.
     */
    TicketRecorded.Change take(TicketDraft draft, boolean created, Instant now) {
        if (!created && !openedAt.equals(draft.openedAt())) {
            throw new DomainException("support.ticket.opened-fixed", caseId);
        }
        boolean same = !created
                && severity == draft.severity()
                && category == draft.category()
                && title.equals(draft.title().trim());
        describe(draft.severity(), draft.category(), draft.title());
        boolean appended = false;
        if (draft.firstResponseAt() != null
                && history().stream()
                        .noneMatch(c -> c.status() != TicketStatus.OPEN && !c.at().isAfter(draft.firstResponseAt()))) {
            appended |= moveTo(TicketStatus.IN_PROGRESS, draft.firstResponseAt());
        }
        if (draft.resolvedAt() != null) {
            appended |= moveTo(TicketStatus.RESOLVED, draft.resolvedAt());
        }
        if (draft.closedAt() != null) {
            appended |= moveTo(TicketStatus.CLOSED, draft.closedAt());
        }
        if (draft.status() != null && draft.status() != status && !alreadyPast(draft)) {
            appended |= moveTo(draft.status(), draft.statusSince() == null ? now : draft.statusSince());
        }
        if (created) {
            return TicketRecorded.Change.CREATED;
        }
        return same && !appended ? TicketRecorded.Change.UNCHANGED : TicketRecorded.Change.UPDATED;
    }

    /** Whether the draft's status is already in the history at its time (e.g. "Closed" with a closed date). */
    private boolean alreadyPast(TicketDraft draft) {
        return draft.statusSince() != null
                && history().stream().anyMatch(c -> c.status() == draft.status() && c.at().equals(draft.statusSince()));
    }

    /** The status changes from the {@code from}-th on, in the order they were appended. */
    List<StatusChange> changesFrom(int from) {
        return changes.subList(from, changes.size()).stream()
                .map(TicketStatusChange::toChange)
                .toList();
    }

    List<StatusChange> history() {
        return changes.stream()
                .map(TicketStatusChange::toChange)
                .sorted(Comparator.comparing(StatusChange::at))
                .toList();
    }

    /** Keeps the clocks' outcome as computed now, for the compliance queries. */
    void clocked(SlaClock response, SlaClock resolution) {
        this.responseOutcome = response == null ? null : response.outcome();
        this.responseMinutes = response == null ? null : (int) response.used().toMinutes();
        this.resolutionOutcome = resolution == null ? null : resolution.outcome();
        this.resolutionMinutes =
                resolution == null ? null : (int) resolution.used().toMinutes();
    }

    void assignPolicy(Long policyId, ZoneId zone) {
        this.policyId = policyId;
        this.openedMonth = YearMonth.from(openedAt.atZone(zone)).toString();
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "support.ticket.case", caseId,
                "support.ticket.severity", severity,
                "support.ticket.category", AuditTrail.key("support-category", category),
                "support.ticket.title", title,
                "support.ticket.status", AuditTrail.key("support-status", status),
                "support.ticket.opened", openedAt,
                "support.ticket.responded", firstResponseAt,
                "support.ticket.resolved", resolvedAt);
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    Long getPlatformId() {
        return platformId;
    }

    Long getPolicyId() {
        return policyId;
    }

    String getCaseId() {
        return caseId;
    }

    Severity getSeverity() {
        return severity;
    }

    TicketCategory getCategory() {
        return category;
    }

    String getTitle() {
        return title;
    }

    TicketStatus getStatus() {
        return status;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    String getOpenedMonth() {
        return openedMonth;
    }

    Instant getFirstResponseAt() {
        return firstResponseAt;
    }

    Integer getResponseMinutes() {
        return responseMinutes;
    }

    Integer getResolutionMinutes() {
        return resolutionMinutes;
    }

    Instant getResolvedAt() {
        return resolvedAt;
    }

    SlaOutcome getResponseOutcome() {
        return responseOutcome;
    }

    SlaOutcome getResolutionOutcome() {
        return resolutionOutcome;
    }
}

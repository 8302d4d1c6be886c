package io.pxportal.support;

import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.domain.RecordVersions;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Vendor tickets: everyone logged in reads; an admin, or a product owner of the ticket's platform, records and
 * changes them. Recording is idempotent by platform and case id (import, API and editor share it); every write
 * re-times the ticket's SLA clocks.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class TicketService {

    private final VendorTicketRepository tickets;
    private final SlaPolicyRepository policies;
    private final SupportDirectory directory;
    private final TicketClocks clocks;
    private final TicketOutcomeSummary summary;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final RecordVersions recordVersions;

    TicketService(
            VendorTicketRepository tickets,
            SlaPolicyRepository policies,
            SupportDirectory directory,
            TicketClocks clocks,
            TicketOutcomeSummary summary,
            AuditTrail auditTrail,
            Clock clock,
            RecordVersions recordVersions) {
        this.tickets = tickets;
        this.policies = policies;
        this.directory = directory;
        this.clocks = clocks;
        this.summary = summary;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.recordVersions = recordVersions;
    }

    /** One page of tickets matching the filter, with their clocks as of now. */
    @PreAuthorize("isAuthenticated()")
    public List<TicketView> page(TicketFilter filter, Pageable pageable) {
        return views(tickets.findAll(VendorTicketRepository.matching(filter), pageable)
                .getContent());
    }

    @PreAuthorize("isAuthenticated()")
    public long count(TicketFilter filter) {
        return tickets.count(VendorTicketRepository.matching(filter));
    }

    @PreAuthorize("isAuthenticated()")
    public TicketView get(Long id) {
        return views(List.of(find(id))).getFirst();
    }

    /**
     * Creates the ticket or brings it up to date: new details are taken over, milestones and a new status are
     * appended to its history. Sending what the ticket already says changes nothing.
     */
    @Transactional
    @PreAuthorize("@platformAccess.canEdit(#draft?.platformId())")
    public TicketRecorded record(@Valid TicketDraft draft) {
        VendorTicket ticket = tickets.findByPlatformIdAndCaseIdIgnoreCase(
                        draft.platformId(), draft.caseId().trim())
                .orElse(null);
        SlaPolicy policy;
        boolean created = ticket == null;
        if (created) {
            policy = directory.policyFor(draft.platformId()).orElse(null);
            ticket = new VendorTicket(
                    draft.platformId(),
                    policy == null ? null : policy.getId(),
                    draft.caseId(),
                    draft.openedAt(),
                    policy == null ? ZoneOffset.UTC : policy.zone());
        } else {
            ConcurrentEditException.check(
                    draft.version() == null ? ticket.getVersion() : draft.version(),
                    ticket.getVersion(),
                    ticket.getCaseId());
            policy = ticket.getPolicyId() == null
                    ? null
                    : policies.findById(ticket.getPolicyId()).orElse(null);
        }
        TicketRecorded.Change change = ticket.take(draft, created, clock.instant());
        clocks.clock(ticket, policy);
        VendorTicket saved = recordVersions.saved(tickets.saveAndFlush(ticket), created ? null : draft.version());
        summary.recount(saved);
        return new TicketRecorded(views(List.of(saved)).getFirst(), change);
    }

    /** Moves the ticket to a new status at a moment (now when null), e.g. "waiting on us" from the editor. */
    @Transactional
    @PreAuthorize("@ticketAccess.canEdit(#id)")
    public TicketView changeStatus(Long id, TicketStatus status, Instant at, Long version) {
        VendorTicket ticket = find(id);
        ConcurrentEditException.check(version, ticket.getVersion(), ticket.getCaseId());
        ticket.moveTo(status, at == null ? clock.instant() : at);
        clocks.clock(ticket, policy(ticket));
        recordVersions.saved(tickets.saveAndFlush(ticket), version);
        summary.recount(ticket);
        return get(id);
    }

    @Transactional
    @PreAuthorize("@ticketAccess.canEdit(#id)")
    public void delete(Long id, Long version) {
        VendorTicket ticket = find(id);
        ConcurrentEditException.check(version, ticket.getVersion(), ticket.getCaseId());
        tickets.delete(ticket);
        tickets.flush();
        summary.forget(ticket);
    }

    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(Long id) {
        return AuditTrail.newestFirst(auditTrail.history(VendorTicket.class, id, VendorTicket::getCaseId));
    }

    /**
     * Re-times every open ticket so that the stored outcomes (which compliance counts) catch up with clocks that
     * ran on since the last change; the daily scan calls it. Returns how many were re-timed.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int retimeOpen() {
        List<VendorTicket> open = tickets.findByStatusNotIn(List.of(TicketStatus.RESOLVED, TicketStatus.CLOSED));
        Map<Long, SlaPolicy> byId = policies(open);
        open.forEach(t -> clocks.clock(t, byId.get(t.getPolicyId())));
        summary.recount(open);
        return open.size();
    }

    /** The tickets with these ids as views, in the order of the ids (one look-up; unknown ids left out). */
    List<TicketView> viewsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, VendorTicket> byId = tickets.findAllById(ids).stream()
                .collect(java.util.stream.Collectors.toMap(VendorTicket::getId, t -> t));
        return views(
                ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
    }

    List<TicketView> views(Collection<VendorTicket> page) {
        Map<Long, PlatformDetails> platforms = directory.platforms(
                page.stream().map(VendorTicket::getPlatformId).toList());
        Map<Long, SlaPolicy> byId = policies(page);
        // edit rights of the page's platforms in one look-up (one per platform grew the metrics' evidence)
        Set<Long> editable = directory.editableAmong(
                page.stream().map(VendorTicket::getPlatformId).collect(Collectors.toSet()));
        return page.stream()
                .map(t -> {
                    SlaPolicy policy = byId.get(t.getPolicyId());
                    TicketClocks.Pair pair = clocks.of(t, policy);
                    PlatformDetails platform = platforms.get(t.getPlatformId());
                    ZoneId zone = policy == null ? ZoneOffset.UTC : policy.zone();
                    return new TicketView(
                            t.getId(),
                            t.getVersion(),
                            t.getPlatformId(),
                            platform == null ? null : platform.name(),
                            platform == null || platform.vendor() == null
                                    ? null
                                    : platform.vendor().name(),
                            t.getCaseId(),
                            t.getSeverity(),
                            policy == null
                                    ? t.getSeverity().name()
                                    : policy.target(t.getSeverity()).name(),
                            t.getCategory(),
                            t.getTitle(),
                            t.getStatus(),
                            t.getOpenedAt(),
                            t.getResolvedAt(),
                            t.getPolicyId(),
                            policy == null ? null : policy.getName(),
                            zone,
                            pair.response(),
                            pair.resolution(),
                            t.history(),
                            editable.contains(t.getPlatformId()));
                })
                .toList();
    }

    private Map<Long, SlaPolicy> policies(Collection<VendorTicket> page) {
        return policies
                .findAllById(page.stream()
                        .map(VendorTicket::getPolicyId)
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(SlaPolicy::getId, Function.identity()));
    }

    private SlaPolicy policy(VendorTicket ticket) {
        return ticket.getPolicyId() == null
                ? null
                : policies.findById(ticket.getPolicyId()).orElse(null);
    }

    private VendorTicket find(Long id) {
        return tickets.findById(id).orElseThrow(() -> new NotFoundException("ticket", id));
    }
}

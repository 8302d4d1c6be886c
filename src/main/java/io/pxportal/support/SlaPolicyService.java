package io.pxportal.support;

import io.pxportal.contracts.ContractView;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.domain.RecordVersions;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * SLA policies: everyone logged in reads; whoever may change the contract (an admin, or an owner of one of its
 * platforms) creates, changes and retires its policy. A contract has at most one policy in force. A change re-times
 * the policy's open tickets (and, when asked, those opened from a month on) in the same revision.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class SlaPolicyService {

    private final SlaPolicyRepository policies;
    private final WorkCalendarRepository calendars;
    private final SupportDirectory directory;
    private final TicketClocks clocks;
    private final RetimingRepository retimings;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final RecordVersions recordVersions;

    SlaPolicyService(
            SlaPolicyRepository policies,
            WorkCalendarRepository calendars,
            SupportDirectory directory,
            TicketClocks clocks,
            RetimingRepository retimings,
            AuditTrail auditTrail,
            Clock clock,
            RecordVersions recordVersions) {
        this.policies = policies;
        this.calendars = calendars;
        this.directory = directory;
        this.clocks = clocks;
        this.retimings = retimings;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.recordVersions = recordVersions;
    }

    @PreAuthorize("isAuthenticated()")
    public List<SlaPolicyView> page(Pageable pageable) {
        return policies.findAll(pageable).stream().map(this::view).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long count() {
        return policies.count();
    }

    @PreAuthorize("isAuthenticated()")
    public SlaPolicyView get(Long id) {
        return view(find(id));
    }

    /** The contracts the user may give a policy, with whether one is in force for each: the form's choice. */
    @PreAuthorize("isAuthenticated()")
    public List<PolicyContract> contracts() {
        var editable = directory.editableContracts();
        // Only the policies in force for the contracts on offer, not every policy ever written.
        Set<Long> covered =
                policies
                        .findByContractIdInAndRetiredOnIsNull(
                                editable.stream().map(c -> c.id()).toList())
                        .stream()
                        .map(SlaPolicy::getContractId)
                        .collect(Collectors.toSet());
        return editable.stream()
                .map(c -> new PolicyContract(
                        c.id(), c.draft().number(), c.draft().title(), c.draft().currency(), covered.contains(c.id())))
                .sorted(Comparator.comparing(PolicyContract::number))
                .toList();
    }

    /** A new policy (also what "Copy" saves); re-times nothing, as no ticket runs under it yet. */
    @Transactional
    @PreAuthorize("@contractAccess.canEdit(#draft?.contractId())")
    public SlaPolicyView create(@Valid SlaPolicyDraft draft) {
        requireFree(draft.contractId(), null);
        SlaPolicy policy = policies.saveAndFlush(new SlaPolicy(draft, calendar(draft.calendarId())));
        return view(policy);
    }

    /**
     * Saves changes and re-times the policy's open tickets, and those opened from {@code retimeFrom} on when given;
     * refuses when someone saved it since the draft's version. Moving it to another contract needs the right to
     * change that one too.
     */
    @Transactional
    @PreAuthorize("@slaPolicyAccess.canEdit(#id) and @contractAccess.canEdit(#draft?.contractId())")
    public SlaPolicyView update(Long id, @Valid SlaPolicyDraft draft, YearMonth retimeFrom) {
        SlaPolicy policy = find(id);
        ConcurrentEditException.check(draft.version(), policy.getVersion(), policy.getName());
        requireFree(draft.contractId(), id);
        policy.describe(draft, calendar(draft.calendarId()));
        recordVersions.saved(policies.saveAndFlush(policy), draft.version());
        int count = clocks.retime(List.of(policy), retimeFrom);
        retimings.save(new Retiming(
                Retiming.Subject.POLICY,
                policy.getId(),
                policy.getName(),
                retimeFrom == null ? null : retimeFrom.atDay(1),
                count,
                clock.instant()));
        return view(policy);
    }

    /** From today the policy takes no new tickets; its tickets keep it, their history and their outcomes. */
    @Transactional
    @PreAuthorize("@slaPolicyAccess.canEdit(#id)")
    public SlaPolicyView retire(Long id, Long version) {
        SlaPolicy policy = find(id);
        ConcurrentEditException.check(version, policy.getVersion(), policy.getName());
        policy.retire(LocalDate.now(clock.withZone(policy.zone())));
        return view(recordVersions.saved(policies.saveAndFlush(policy), version));
    }

    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(Long id) {
        return AuditTrail.newestFirst(auditTrail.history(SlaPolicy.class, id, SlaPolicy::getName));
    }

    private void requireFree(Long contractId, Long self) {
        policies.findByContractIdAndRetiredOnIsNull(contractId)
                .filter(p -> !p.getId().equals(self))
                .ifPresent(p -> {
                    throw new DomainException("support.policy.contract-taken", p.getName());
                });
    }

    private WorkCalendar calendar(Long id) {
        return calendars.findById(id).orElseThrow(() -> new DomainException("support.calendar.unknown", id));
    }

    SlaPolicyView view(SlaPolicy policy) {
        ContractView contract = directory.contract(policy.getContractId());
        return new SlaPolicyView(
                policy.getId(),
                policy.toDraft(),
                contract.draft().number(),
                contract.vendor(),
                contract.platforms(),
                policy.getCalendar().getName(),
                policy.zone(),
                policy.getRetiredOn(),
                contract.editable() && policy.getRetiredOn() == null);
    }

    private SlaPolicy find(Long id) {
        return policies.findById(id).orElseThrow(() -> new NotFoundException("sla-policy", id));
    }
}

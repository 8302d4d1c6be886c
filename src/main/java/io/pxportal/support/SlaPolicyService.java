package io.pxportal.support;

import io.pxportal.contracts.ContractView;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * SLA policies, one per contract: everyone logged in reads; whoever may change the contract (an admin, or an owner
 * of one of its platforms) changes its policy. Saving a policy re-times its tickets.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class SlaPolicyService {

    private final SlaPolicyRepository policies;
    private final SupportDirectory directory;
    private final TicketClocks clocks;
    private final AuditTrail auditTrail;

    SlaPolicyService(SlaPolicyRepository policies, SupportDirectory directory, TicketClocks clocks,
                     AuditTrail auditTrail) {
        this.policies = policies;
        this.directory = directory;
        this.clocks = clocks;
        this.auditTrail = auditTrail;
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

    @Transactional
    @PreAuthorize("@contractAccess.canEdit(#draft?.contractId())")
    public SlaPolicyView create(@Valid SlaPolicyDraft draft) {
        policies.findByContractId(draft.contractId()).ifPresent(p -> {
            throw new DomainException("support.policy.contract-taken", p.getName());
        });
        SlaPolicy policy = policies.saveAndFlush(new SlaPolicy(draft));
        clocks.retime(policy);
        return view(policy);
    }

    /** Saves changes and re-times the policy's tickets; refuses when someone saved it since the draft's version. */
    @Transactional
    @PreAuthorize("@slaPolicyAccess.canEdit(#id)")
    public SlaPolicyView update(Long id, @Valid SlaPolicyDraft draft) {
        SlaPolicy policy = find(id);
        ConcurrentEditException.check(draft.version(), policy.getVersion(), policy.getName());
        if (!draft.contractId().equals(policy.getContractId())) {
            throw new DomainException("support.policy.contract-fixed");
        }
        policy.describe(draft);
        policies.saveAndFlush(policy);
        clocks.retime(policy);
        return view(policy);
    }

    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(Long id) {
        return AuditTrail.newestFirst(auditTrail.history(SlaPolicy.class, id, SlaPolicy::getName));
    }

    private SlaPolicyView view(SlaPolicy policy) {
        ContractView contract = directory.contract(policy.getContractId());
        return new SlaPolicyView(policy.getId(), policy.toDraft(), contract.draft().number(), contract.vendor(),
                contract.platforms(), contract.editable());
    }

    private SlaPolicy find(Long id) {
        return policies.findById(id).orElseThrow(() -> new NotFoundException("sla-policy", id));
    }
}

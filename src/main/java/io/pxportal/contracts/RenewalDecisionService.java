package io.pxportal.contracts;

import io.pxportal.shared.alert.AlertsOutdated;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renewal decisions: a product owner of a covered platform (or an admin) records what should happen when the
 * current term ends; everyone logged in — the steering committee above all — reads them. A decision silences
 * the notice alerts of that term at once ({@link AlertsOutdated}); the decision itself is audited, so the audit
 * trail shows who decided what.
 */
@Service
@Transactional(readOnly = true)
public class RenewalDecisionService {

    private final ContractRepository contracts;
    private final RenewalDecisionRepository decisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RenewalDecisionService(
            ContractRepository contracts,
            RenewalDecisionRepository decisions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.contracts = contracts;
        this.decisions = decisions;
        this.events = events;
        this.clock = clock;
    }

    /** Records the decision for the renewal at the end of the contract's current term. */
    @Transactional
    @PreAuthorize("@contractAccess.canEdit(#contractId)")
    public RenewalDecisionView decide(Long contractId, RenewalOutcome outcome, String rationale) {
        if (outcome == null || rationale == null || rationale.isBlank()) {
            throw new DomainException("decision.rationale.required");
        }
        LocalDate today = LocalDate.now(clock);
        RenewalSchedule schedule = RenewalEngine.schedule(contract(contractId).renewalTerms(), today);
        if (schedule.state() == RenewalSchedule.State.ENDED) {
            throw new DomainException("decision.contract-ended");
        }
        RenewalDecision decision = decisions
                .findByContractIdAndTermEnd(contractId, schedule.termEnd())
                .orElseGet(() -> new RenewalDecision(contractId, schedule.termEnd()));
        decision.decide(outcome, rationale, CurrentUser.username().orElseThrow(), today);
        decisions.saveAndFlush(decision);
        events.publishEvent(new AlertsOutdated(ContractAlerts.SUBJECT));
        return decision.toView();
    }

    /** The decision for the contract's current term, if one was recorded. */
    @PreAuthorize("isAuthenticated()")
    public Optional<RenewalDecisionView> current(Long contractId) {
        RenewalSchedule schedule = RenewalEngine.schedule(contract(contractId).renewalTerms(), LocalDate.now(clock));
        return decisions
                .findByContractIdAndTermEnd(contractId, schedule.termEnd())
                .map(RenewalDecision::toView);
    }

    /** Of the given contract → term end pairs, the contracts that have a decision for that term end. */
    @PreAuthorize("isAuthenticated()")
    public Set<Long> decided(Map<Long, LocalDate> termEnds) {
        return decisions.findByContractIdIn(termEnds.keySet()).stream()
                .filter(d -> d.getTermEnd().equals(termEnds.get(d.getContractId())))
                .map(RenewalDecision::getContractId)
                .collect(Collectors.toSet());
    }

    private Contract contract(Long id) {
        return contracts.findById(id).orElseThrow(() -> new NotFoundException("contract", id));
    }
}

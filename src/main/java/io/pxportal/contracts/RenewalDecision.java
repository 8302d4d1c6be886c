package io.pxportal.contracts;

import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.envers.Audited;

/** The intended outcome of the renewal at the end of one term of a contract; a new term needs a new decision. */
@Entity
@Table(name = "renewal_decision")
@Audited
class RenewalDecision implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(name = "contract_id", nullable = false)
    private Long contractId;

    @Column(name = "term_end", nullable = false)
    private LocalDate termEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RenewalOutcome outcome;

    @Column(nullable = false, length = 4000)
    private String rationale;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    protected RenewalDecision() {}

    RenewalDecision(Long contractId, LocalDate termEnd) {
        this.contractId = contractId;
        this.termEnd = termEnd;
    }

    /** Records (or revises) the decision: who decided what, why, and on which day. */
    void decide(RenewalOutcome outcome, String rationale, String decidedBy, LocalDate decidedOn) {
        this.outcome = outcome;
        this.rationale = rationale.trim();
        this.decidedBy = decidedBy;
        this.decidedOn = decidedOn;
    }

    RenewalDecisionView toView() {
        return new RenewalDecisionView(contractId, termEnd, outcome, rationale, decidedBy, decidedOn);
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "decision.term-end",
                termEnd,
                "decision.outcome",
                AuditTrail.key("outcome", outcome),
                "decision.rationale",
                rationale);
    }

    Long getContractId() {
        return contractId;
    }

    LocalDate getTermEnd() {
        return termEnd;
    }
}

package io.pxportal.support;

import io.pxportal.shared.Texts;
import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.hibernate.envers.Audited;

/**
 * A claim for a month's service credit under a policy. Earned credits are computed, not stored; a row exists from
 * the moment someone claims, and then follows the vendor's answer: granted (with the amount and the vendor's
 * reference) or rejected.
 */
@Entity
@Table(name = "service_credit")
@Audited
class ServiceCredit implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(name = "policy_id", nullable = false)
    private Long policyId;

    @Column(name = "platform_id", nullable = false)
    private Long platformId;

    @Column(name = "credit_month", nullable = false)
    private LocalDate month;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CreditStatus status;

    @Column(name = "claimed_on")
    private LocalDate claimedOn;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "granted_amount", precision = 19, scale = 2)
    private BigDecimal grantedAmount;

    @Column(length = 60)
    private String reference;

    @Column(length = 500)
    private String note;

    protected ServiceCredit() {}

    /** A claim, made within the window for the amount the rules give. */
    ServiceCredit(
            Long policyId,
            Long platformId,
            YearMonth month,
            CreditAssessment assessment,
            String currency,
            LocalDate today,
            String note) {
        if (!assessment.earned()) {
            throw new DomainException("support.credit.nothing-earned", month.toString());
        }
        if (!assessment.windowOpen()) {
            throw new DomainException("support.credit.window-closed", month.toString(), assessment.claimDeadline());
        }
        this.policyId = policyId;
        this.platformId = platformId;
        this.month = month.atDay(1);
        this.amount = assessment.amount();
        this.currency = currency;
        this.status = CreditStatus.CLAIMED;
        this.claimedOn = today;
        this.note = Texts.trimmedOrNull(note);
    }

    /** The vendor granted {@code granted} (often the claimed amount) under its reference. */
    void grant(BigDecimal granted, String reference, LocalDate today) {
        requireClaimed();
        if (granted == null || granted.signum() <= 0) {
            throw new DomainException("support.credit.amount.invalid");
        }
        this.status = CreditStatus.GRANTED;
        this.grantedAmount = granted;
        this.reference = Texts.trimmedOrNull(reference);
        this.decidedOn = today;
    }

    void reject(String note, LocalDate today) {
        requireClaimed();
        this.status = CreditStatus.REJECTED;
        this.decidedOn = today;
        this.note = Texts.trimmedOrNull(note);
    }

    private void requireClaimed() {
        if (status != CreditStatus.CLAIMED) {
            throw new DomainException("support.credit.not-claimed", month.toString());
        }
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "support.credit.month", month,
                "support.credit.amount", amount.toPlainString() + " " + currency,
                "support.credit.status", AuditTrail.key("support-credit-status", status),
                "support.credit.claimed-on", claimedOn,
                "support.credit.decided-on", decidedOn,
                "support.credit.granted", grantedAmount == null ? null : grantedAmount.toPlainString(),
                "support.credit.reference", reference,
                "support.credit.note", note);
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    Long getPolicyId() {
        return policyId;
    }

    Long getPlatformId() {
        return platformId;
    }

    YearMonth getMonth() {
        return YearMonth.from(month);
    }

    BigDecimal getAmount() {
        return amount;
    }

    String getCurrency() {
        return currency;
    }

    CreditStatus getStatus() {
        return status;
    }

    LocalDate getClaimedOn() {
        return claimedOn;
    }

    LocalDate getDecidedOn() {
        return decidedOn;
    }

    BigDecimal getGrantedAmount() {
        return grantedAmount;
    }

    String getReference() {
        return reference;
    }

    String getNote() {
        return note;
    }
}

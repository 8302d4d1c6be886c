package io.pxportal.finance;

import io.pxportal.shared.Texts;
import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.hibernate.envers.Audited;

/** A cost: an exact amount in its own currency, for a platform and vendor (and maybe a contract), in a month. */
@Entity
@Table(name = "cost_line")
@Audited
@EntityListeners(CostLineMonths.class)
class CostLine implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(nullable = false, length = 80, unique = true)
    private String reference;

    @Column(name = "platform_id", nullable = false)
    private Long platformId;

    @Column(name = "vendor_id", nullable = false)
    private Long vendorId;

    @Column(name = "contract_id")
    private Long contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CostCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CostKind kind;

    @Column(name = "period_month", nullable = false)
    private LocalDate periodMonth;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(length = 400)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CostSource source;

    /** What this line added to the monthly sums when it was loaded or last written ({@link CostLineMonths}). */
    @Transient
    private CostLineMonths.Share summarised;

    protected CostLine() {}

    CostLine(CostLineDraft draft, Long vendorId, CostSource source) {
        this.source = source;
        describe(draft, vendorId);
    }

    /** Takes over what was entered; the vendor is the one given or, when none was, the platform's. */
    void describe(CostLineDraft draft, Long vendorId) {
        this.reference = draft.reference().trim();
        this.platformId = draft.platformId();
        this.vendorId = vendorId;
        this.contractId = draft.contractId();
        this.category = draft.category();
        this.kind = draft.kind();
        this.periodMonth = draft.period().atDay(1);
        this.amount = draft.amount().setScale(2, java.math.RoundingMode.UNNECESSARY);
        this.currency = Money.checkedCurrency(draft.currency());
        this.description = Texts.trimmedOrNull(draft.description());
    }

    CostLineDraft toDraft() {
        return new CostLineDraft(
                reference,
                platformId,
                vendorId,
                contractId,
                category,
                kind,
                YearMonth.from(periodMonth),
                amount,
                currency,
                description,
                version);
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "finance.cost.reference", reference,
                "finance.cost.platform", platformId,
                "finance.cost.vendor", vendorId,
                "finance.cost.contract", contractId,
                "finance.cost.category", AuditTrail.key("finance-category", category),
                "finance.cost.kind", AuditTrail.key("finance-kind", kind),
                "finance.cost.period", YearMonth.from(periodMonth),
                "finance.cost.amount", amount == null ? null : amount.toPlainString(),
                "finance.cost.currency", currency,
                "finance.cost.description", description);
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    String getReference() {
        return reference;
    }

    Long getPlatformId() {
        return platformId;
    }

    Long getVendorId() {
        return vendorId;
    }

    Long getContractId() {
        return contractId;
    }

    LocalDate getPeriodMonth() {
        return periodMonth;
    }

    CostSource getSource() {
        return source;
    }

    /** What the line adds to its group of the monthly sums, as it is now. */
    CostLineMonths.Share share() {
        return new CostLineMonths.Share(
                new CostLineMonths.Key(periodMonth, platformId, vendorId, category, kind, currency), amount);
    }

    CostLineMonths.Share summarised() {
        return summarised;
    }

    void summarised(CostLineMonths.Share share) {
        this.summarised = share;
    }

    /** Figures a request has already read from the sums no longer hold. */
    @PostPersist
    @PostUpdate
    @PostRemove
    void written() {
        RequestSums.changed();
    }
}

package io.pxportal.licensing;

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
import java.util.Map;
import org.hibernate.envers.Audited;

/**
 * A line of a contract: a product or module licensed for one platform under one metric. It stores what was
 * agreed; its position comes from {@link LicencePositionEngine}.
 */
@Entity
@Table(name = "entitlement")
@Audited
class Entitlement implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(name = "contract_id", nullable = false)
    private Long contractId;

    @Column(name = "platform_id", nullable = false)
    private Long platformId;

    @Column(nullable = false, length = 120)
    private String product;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private LicenceMetric metric;

    @Column(precision = 19, scale = 2)
    private BigDecimal quantity;

    @Column(name = "unit_price", precision = 19, scale = 6)
    private BigDecimal unitPrice;

    @Column(name = "overage_price", precision = 19, scale = 6)
    private BigDecimal overagePrice;

    @Column(name = "maintenance_percent", precision = 7, scale = 3)
    private BigDecimal maintenancePercent;

    @Column(name = "term_from")
    private LocalDate termFrom;

    @Column(name = "term_to")
    private LocalDate termTo;

    @Column(name = "non_production_counts", nullable = false)
    private boolean nonProductionCounts;

    protected Entitlement() {}

    Entitlement(EntitlementDraft draft) {
        describe(draft);
    }

    /**
     * Takes over what was agreed. An enterprise licence has no quantity (one given is dropped); every other
     * metric needs one; a term cannot end before it starts.
     */
    void describe(EntitlementDraft draft) {
        if (!draft.metric().isUnlimited() && draft.quantity() == null) {
            throw new DomainException("entitlement.quantity.required");
        }
        if (draft.termFrom() != null && draft.termTo() != null && draft.termTo().isBefore(draft.termFrom())) {
            throw new DomainException("entitlement.term.invalid");
        }
        this.contractId = draft.contractId();
        this.platformId = draft.platformId();
        this.product = draft.product().trim();
        this.metric = draft.metric();
        this.quantity = draft.metric().isUnlimited() ? null : draft.quantity();
        this.unitPrice = draft.unitPrice();
        this.overagePrice = draft.overagePrice();
        this.maintenancePercent = draft.maintenancePercent();
        this.termFrom = draft.termFrom();
        this.termTo = draft.termTo();
        this.nonProductionCounts = draft.nonProductionCounts();
    }

    /**
     * The terms the engine judges, with the contract's start and end (null: it renews) standing in for a term
     * the entitlement does not state.
     */
    EntitlementTerms terms(LocalDate contractStart, LocalDate contractEnd) {
        LocalDate from = termFrom != null ? termFrom : contractStart;
        LocalDate to = termTo != null ? termTo : contractEnd;
        return new EntitlementTerms(
                metric,
                quantity,
                unitPrice,
                overagePrice,
                from,
                to != null && to.isBefore(from) ? null : to,
                nonProductionCounts);
    }

    EntitlementDraft toDraft() {
        return new EntitlementDraft(
                contractId,
                platformId,
                product,
                metric,
                quantity,
                unitPrice,
                overagePrice,
                maintenancePercent,
                termFrom,
                termTo,
                nonProductionCounts,
                version);
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "entitlement.contract",
                contractId,
                "entitlement.platform",
                platformId,
                "entitlement.product",
                product,
                "entitlement.metric",
                AuditTrail.key("licence-metric", metric),
                "entitlement.quantity",
                plain(quantity),
                "entitlement.unit-price",
                plain(unitPrice),
                "entitlement.overage-price",
                plain(overagePrice),
                "entitlement.maintenance",
                plain(maintenancePercent),
                "entitlement.term-from",
                termFrom,
                "entitlement.term-to",
                termTo,
                "entitlement.environments-counted",
                AuditTrail.key("environments-counted", EnvironmentsCounted.of(nonProductionCounts)));
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    Long getContractId() {
        return contractId;
    }

    Long getPlatformId() {
        return platformId;
    }

    String getProduct() {
        return product;
    }

    LicenceMetric getMetric() {
        return metric;
    }

    boolean countsNonProduction() {
        return nonProductionCounts;
    }
}

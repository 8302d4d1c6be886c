package io.pxportal.finance;

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
import java.math.BigDecimal;
import java.util.Map;
import org.hibernate.envers.Audited;

/** The amount planned for a platform, fiscal year and category. */
@Entity
@Table(name = "budget")
@Audited
class Budget implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(name = "platform_id", nullable = false)
    private Long platformId;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CostCategory category;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    protected Budget() {}

    Budget(BudgetDraft draft) {
        describe(draft);
    }

    void describe(BudgetDraft draft) {
        this.platformId = draft.platformId();
        this.fiscalYear = draft.fiscalYear();
        this.category = draft.category();
        this.amount = draft.amount().setScale(2, java.math.RoundingMode.UNNECESSARY);
        this.currency = Money.checkedCurrency(draft.currency());
    }

    BudgetDraft toDraft() {
        return new BudgetDraft(platformId, fiscalYear, category, amount, currency, version);
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "finance.budget.platform", platformId,
                "finance.budget.fiscal-year", fiscalYear,
                "finance.budget.category", AuditTrail.key("finance-category", category),
                "finance.budget.amount", amount == null ? null : amount.toPlainString(),
                "finance.budget.currency", currency);
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

    String label() {
        return fiscalYear + " · " + category;
    }
}

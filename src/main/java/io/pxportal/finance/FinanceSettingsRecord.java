package io.pxportal.finance;

import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Map;
import org.hibernate.envers.Audited;

/** The one row of finance settings (id 1, created by the migration). */
@Entity
@Table(name = "finance_settings")
@Audited
class FinanceSettingsRecord implements AuditSnapshot {

    static final long ID = 1L;

    @Id
    private Long id;

    @Version
    private Long version;

    @Column(name = "reporting_currency", nullable = false, length = 3)
    private String reportingCurrency;

    @Column(name = "fiscal_year_start_month", nullable = false)
    private int fiscalYearStartMonth;

    @Column(name = "index_assumption_percent", nullable = false, precision = 7, scale = 3)
    private BigDecimal indexAssumptionPercent;

    @Column(name = "owners_edit_costs", nullable = false)
    private boolean ownersEditCosts;

    protected FinanceSettingsRecord() {}

    void describe(FinanceSettings settings) {
        this.reportingCurrency = Money.checkedCurrency(settings.reportingCurrency());
        this.fiscalYearStartMonth = settings.fiscalYearStartMonth();
        this.indexAssumptionPercent = settings.indexAssumptionPercent();
        this.ownersEditCosts = settings.ownersEditCosts();
    }

    FinanceSettings toSettings() {
        return new FinanceSettings(
                reportingCurrency, fiscalYearStartMonth, indexAssumptionPercent, ownersEditCosts, version);
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "finance.settings.reporting-currency",
                reportingCurrency,
                "finance.settings.fiscal-start",
                fiscalYearStartMonth,
                "finance.settings.index-assumption",
                indexAssumptionPercent == null ? null : indexAssumptionPercent.toPlainString(),
                "finance.settings.owners-edit",
                ownersEditCosts);
    }

    Long getVersion() {
        return version;
    }
}

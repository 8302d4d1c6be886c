package io.pxportal.finance;

import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.hibernate.envers.Audited;

/** 1 base = rate quote in one month. */
@Entity
@Table(name = "fx_rate")
@Audited
class FxRate implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(name = "rate_month", nullable = false)
    private LocalDate month;

    @Column(name = "base_currency", nullable = false, length = 3)
    private String base;

    @Column(name = "quote_currency", nullable = false, length = 3)
    private String quote;

    @Column(nullable = false, precision = 19, scale = 8)
    private BigDecimal rate;

    protected FxRate() {}

    FxRate(FxRateDraft draft) {
        this.month = draft.month().atDay(1);
        this.base = Money.checkedCurrency(draft.base());
        this.quote = Money.checkedCurrency(draft.quote());
        setRate(draft.rate());
    }

    void setRate(BigDecimal rate) {
        this.rate = rate.setScale(8, java.math.RoundingMode.HALF_EVEN);
    }

    FxRateDraft toDraft() {
        return new FxRateDraft(YearMonth.from(month), base, quote, rate, version);
    }

    FxTable.Rate toRate() {
        return new FxTable.Rate(YearMonth.from(month), base, quote, rate);
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "finance.rate.month",
                YearMonth.from(month),
                "finance.rate.base",
                base,
                "finance.rate.quote",
                quote,
                "finance.rate.rate",
                rate == null ? null : rate.toPlainString());
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    String label() {
        return YearMonth.from(month) + " " + base + "/" + quote;
    }

    /** Figures a request has already converted with the rates read before no longer hold. */
    @PostPersist
    @PostUpdate
    @PostRemove
    void written() {
        RequestSums.changed();
    }
}

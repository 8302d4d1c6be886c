package io.pxportal.contracts;

import io.pxportal.shared.Texts;
import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

/**
 * A contract with a vendor, covering one or more platforms. Its dates come from {@link RenewalEngine}; the
 * contract itself stores only what was agreed.
 */
@Entity
@Table(name = "contract")
@Audited
class Contract implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(name = "contract_number", nullable = false, unique = true, length = 60)
    private String number;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "vendor_id", nullable = false)
    private Long vendorId;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "contract_platform", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "platform_id", nullable = false)
    private Set<Long> platformIds = new TreeSet<>();

    @Column(name = "owner_username", length = 64)
    private String owner;

    @Column(name = "start_date", nullable = false)
    private LocalDate start;

    @Column(name = "initial_term_months", nullable = false)
    private int initialTermMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "renewal_type", nullable = false, length = 20)
    private RenewalType renewalType;

    @Column(name = "renewal_period_months", nullable = false)
    private int renewalPeriodMonths;

    @Column(name = "notice_amount", nullable = false)
    private int noticeAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "notice_unit", nullable = false, length = 10)
    private NoticeUnit noticeUnit;

    @Column(name = "explicit_renewals", nullable = false)
    private int explicitRenewals;

    @Column(name = "notice_given_on")
    private LocalDate noticeGivenOn;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "annual_value", precision = 19, scale = 2)
    private BigDecimal annualValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "uplift_type", nullable = false, length = 10)
    private UpliftType upliftType;

    @Column(name = "uplift_percent", precision = 7, scale = 3)
    private BigDecimal upliftPercent;

    @Column(name = "uplift_index", length = 60)
    private String upliftIndex;

    @Column(name = "uplift_cap_percent", precision = 7, scale = 3)
    private BigDecimal upliftCapPercent;

    @Column(name = "uplift_floor_percent", precision = 7, scale = 3)
    private BigDecimal upliftFloorPercent;

    @Column(length = 4000)
    private String notes;

    /** The alert lead times as {@link AlertLeadTimes#format} writes them. */
    @Column(name = "alert_lead_days", nullable = false, length = 100)
    private String alertLeadDays = AlertLeadTimes.format(AlertLeadTimes.DEFAULT);

    protected Contract() {}

    Contract(ContractDraft draft) {
        describe(draft);
    }

    /** Takes over what was agreed; the draft's renewal terms must be consistent (the engine's record checks). */
    void describe(ContractDraft draft) {
        draft.renewalTerms();
        this.number = draft.number().trim();
        this.title = draft.title().trim();
        this.vendorId = draft.vendorId();
        this.platformIds.retainAll(draft.platformIds());
        this.platformIds.addAll(draft.platformIds());
        this.owner = Texts.trimmedOrNull(draft.owner());
        this.start = draft.start();
        this.initialTermMonths = draft.initialTermMonths();
        this.renewalType = draft.renewalType();
        this.renewalPeriodMonths = draft.renewalType() == RenewalType.NONE ? 0 : draft.renewalPeriodMonths();
        this.noticeAmount = draft.noticeAmount();
        this.noticeUnit = draft.noticeUnit();
        this.explicitRenewals = draft.renewalType() == RenewalType.EXPLICIT ? draft.explicitRenewals() : 0;
        this.noticeGivenOn = draft.renewalType() == RenewalType.AUTOMATIC ? draft.noticeGivenOn() : null;
        this.currency = draft.currency();
        this.annualValue = draft.annualValue();
        this.upliftType = draft.upliftType();
        this.upliftPercent = draft.upliftType() == UpliftType.FIXED ? draft.upliftPercent() : null;
        this.upliftIndex = draft.upliftType() == UpliftType.INDEX ? Texts.trimmedOrNull(draft.upliftIndex()) : null;
        this.upliftCapPercent = draft.upliftType() == UpliftType.INDEX ? draft.upliftCapPercent() : null;
        this.upliftFloorPercent = draft.upliftType() == UpliftType.INDEX ? draft.upliftFloorPercent() : null;
        this.notes = Texts.trimmedOrNull(draft.notes());
        if (draft.alertLeadDays() != null) {
            this.alertLeadDays = AlertLeadTimes.format(draft.alertLeadDays());
        }
    }

    RenewalTerms renewalTerms() {
        return new RenewalTerms(
                start,
                initialTermMonths,
                renewalType,
                renewalPeriodMonths,
                noticeAmount,
                noticeUnit,
                explicitRenewals,
                noticeGivenOn);
    }

    ContractDraft toDraft() {
        return new ContractDraft(
                number,
                title,
                vendorId,
                new TreeSet<>(platformIds),
                owner,
                start,
                initialTermMonths,
                renewalType,
                renewalPeriodMonths,
                noticeAmount,
                noticeUnit,
                explicitRenewals,
                noticeGivenOn,
                currency,
                annualValue,
                upliftType,
                upliftPercent,
                upliftIndex,
                upliftCapPercent,
                upliftFloorPercent,
                notes,
                getAlertLeadDays(),
                version);
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "contract.number", number,
                "contract.title", title,
                "contract.vendor", vendorId,
                "contract.platforms",
                        String.join(
                                ", ",
                                platformIds.stream()
                                        .sorted()
                                        .map(String::valueOf)
                                        .toList()),
                "contract.owner", owner,
                "contract.start", start,
                "contract.initial-term", initialTermMonths,
                "contract.renewal-type", AuditTrail.key("renewal-type", renewalType),
                "contract.renewal-period", renewalPeriodMonths,
                "contract.notice", noticeAmount + " " + noticeUnit,
                "contract.explicit-renewals", explicitRenewals,
                "contract.notice-given-on", noticeGivenOn,
                "contract.currency", currency,
                "contract.annual-value", annualValue == null ? null : annualValue.toPlainString(),
                "contract.uplift-type", AuditTrail.key("uplift-type", upliftType),
                "contract.uplift-percent", upliftPercent,
                "contract.uplift-index", upliftIndex,
                "contract.uplift-cap", upliftCapPercent,
                "contract.uplift-floor", upliftFloorPercent,
                "contract.notes", notes,
                "contract.alert-lead-days", alertLeadDays);
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    String getNumber() {
        return number;
    }

    String getTitle() {
        return title;
    }

    Long getVendorId() {
        return vendorId;
    }

    Set<Long> getPlatformIds() {
        return new TreeSet<>(platformIds);
    }

    String getOwner() {
        return owner;
    }

    String getCurrency() {
        return currency;
    }

    BigDecimal getAnnualValue() {
        return annualValue;
    }

    List<Integer> getAlertLeadDays() {
        return AlertLeadTimes.parse(alertLeadDays);
    }

    RenewalType getRenewalType() {
        return renewalType;
    }
}

package io.pxportal.support;

import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.DomainException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;

/**
 * A contract's SLA policy: targets per severity, each clock on the business calendar or round the clock, the
 * statuses that pause the clock, the monthly uptime target and the service-credit rules. A contract has at most one
 * policy in force; a retired policy keeps its tickets but takes no new ones.
 */
@Entity
@Table(name = "sla_policy")
@Audited
class SlaPolicy implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(name = "contract_id", nullable = false)
    private Long contractId;

    @Column(nullable = false, length = 120)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "calendar_id", nullable = false)
    private WorkCalendar calendar;

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    @Convert(converter = EnumSetText.Statuses.class)
    @Column(name = "pausing_statuses", nullable = false, length = 200)
    private Set<TicketStatus> pausingStatuses;

    @Column(name = "uptime_target", precision = 7, scale = 3)
    private BigDecimal uptimeTarget;

    @Column(name = "monthly_fee", precision = 19, scale = 2)
    private BigDecimal monthlyFee;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "credit_tiers", length = 400)
    private String creditTiers;

    @Column(name = "credit_cap_percent", precision = 7, scale = 3)
    private BigDecimal creditCapPercent;

    @Column(name = "claim_window_days", nullable = false)
    private int claimWindowDays;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "p1_name", nullable = false, length = 40))
    @AttributeOverride(name = "responseMinutes", column = @Column(name = "p1_response_minutes", nullable = false))
    @AttributeOverride(name = "resolutionMinutes", column = @Column(name = "p1_resolution_minutes", nullable = false))
    @AttributeOverride(
            name = "responseRoundTheClock",
            column = @Column(name = "p1_response_round_the_clock", nullable = false))
    @AttributeOverride(
            name = "resolutionRoundTheClock",
            column = @Column(name = "p1_resolution_round_the_clock", nullable = false))
    @AttributeOverride(name = "breachCredit", column = @Column(name = "p1_breach_credit", precision = 7, scale = 3))
    private TargetColumns p1;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "p2_name", nullable = false, length = 40))
    @AttributeOverride(name = "responseMinutes", column = @Column(name = "p2_response_minutes", nullable = false))
    @AttributeOverride(name = "resolutionMinutes", column = @Column(name = "p2_resolution_minutes", nullable = false))
    @AttributeOverride(
            name = "responseRoundTheClock",
            column = @Column(name = "p2_response_round_the_clock", nullable = false))
    @AttributeOverride(
            name = "resolutionRoundTheClock",
            column = @Column(name = "p2_resolution_round_the_clock", nullable = false))
    @AttributeOverride(name = "breachCredit", column = @Column(name = "p2_breach_credit", precision = 7, scale = 3))
    private TargetColumns p2;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "p3_name", nullable = false, length = 40))
    @AttributeOverride(name = "responseMinutes", column = @Column(name = "p3_response_minutes", nullable = false))
    @AttributeOverride(name = "resolutionMinutes", column = @Column(name = "p3_resolution_minutes", nullable = false))
    @AttributeOverride(
            name = "responseRoundTheClock",
            column = @Column(name = "p3_response_round_the_clock", nullable = false))
    @AttributeOverride(
            name = "resolutionRoundTheClock",
            column = @Column(name = "p3_resolution_round_the_clock", nullable = false))
    @AttributeOverride(name = "breachCredit", column = @Column(name = "p3_breach_credit", precision = 7, scale = 3))
    private TargetColumns p3;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "p4_name", nullable = false, length = 40))
    @AttributeOverride(name = "responseMinutes", column = @Column(name = "p4_response_minutes", nullable = false))
    @AttributeOverride(name = "resolutionMinutes", column = @Column(name = "p4_resolution_minutes", nullable = false))
    @AttributeOverride(
            name = "responseRoundTheClock",
            column = @Column(name = "p4_response_round_the_clock", nullable = false))
    @AttributeOverride(
            name = "resolutionRoundTheClock",
            column = @Column(name = "p4_resolution_round_the_clock", nullable = false))
    @AttributeOverride(name = "breachCredit", column = @Column(name = "p4_breach_credit", precision = 7, scale = 3))
    private TargetColumns p4;

    protected SlaPolicy() {}

    SlaPolicy(SlaPolicyDraft draft, WorkCalendar calendar) {
        describe(draft, calendar);
    }

    /** Takes over what was agreed, refusing a credit rule or target the engine could not use. */
    void describe(SlaPolicyDraft draft, WorkCalendar calendar) {
        if (retiredOn != null) {
            throw new DomainException("support.policy.retired", name);
        }
        try {
            CreditTier.parse(draft.creditTiers());
        } catch (IllegalArgumentException e) {
            throw new DomainException("support.policy.tiers.invalid", draft.creditTiers());
        }
        for (Severity severity : Severity.values()) {
            SeverityTarget target = draft.targets().get(severity);
            if (target == null
                    || target.name() == null
                    || target.name().isBlank()
                    || target.name().trim().length() > 40
                    || target.responseMinutes() <= 0
                    || target.resolutionMinutes() <= 0) {
                throw new DomainException("support.policy.target.invalid", severity.name());
            }
        }
        for (TicketStatus status : draft.pausingStatuses()) {
            if (status == TicketStatus.OPEN || status.stopsClock()) {
                throw new DomainException("support.policy.pausing.invalid", status.name());
            }
        }
        this.contractId = draft.contractId();
        this.name = draft.name().trim();
        this.calendar = calendar;
        this.pausingStatuses = new TreeSet<>(draft.pausingStatuses());
        this.uptimeTarget = draft.uptimeTarget();
        this.monthlyFee = draft.monthlyFee();
        this.currency = draft.currency();
        this.creditTiers = draft.creditTiers() == null || draft.creditTiers().isBlank()
                ? null
                : CreditTier.format(CreditTier.parse(draft.creditTiers()));
        this.creditCapPercent = draft.creditCapPercent();
        this.claimWindowDays = draft.claimWindowDays();
        this.p1 = new TargetColumns(draft.targets().get(Severity.P1));
        this.p2 = new TargetColumns(draft.targets().get(Severity.P2));
        this.p3 = new TargetColumns(draft.targets().get(Severity.P3));
        this.p4 = new TargetColumns(draft.targets().get(Severity.P4));
    }

    /** From {@code day} on the policy takes no new tickets; those it has keep it and their history. */
    void retire(LocalDate day) {
        if (retiredOn != null) {
            throw new DomainException("support.policy.retired", name);
        }
        this.retiredOn = day;
    }

    SeverityTarget target(Severity severity) {
        return switch (severity) {
            case P1 -> p1.toTarget();
            case P2 -> p2.toTarget();
            case P3 -> p3.toTarget();
            case P4 -> p4.toTarget();
        };
    }

    /** The business calendar the policy's clocks run on (a clock whose target is round the clock ignores it). */
    BusinessCalendar calendar() {
        return calendar.toEngine();
    }

    ZoneId zone() {
        return calendar.zone();
    }

    List<CreditTier> tiers() {
        return CreditTier.parse(creditTiers);
    }

    Map<Severity, BigDecimal> perBreachPercent() {
        Map<Severity, BigDecimal> shares = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            BigDecimal share = target(severity).breachCreditPercent();
            if (share != null) {
                shares.put(severity, share);
            }
        }
        return shares;
    }

    SlaPolicyDraft toDraft() {
        Map<Severity, SeverityTarget> targets = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            targets.put(severity, target(severity));
        }
        return new SlaPolicyDraft(
                contractId,
                name,
                calendar.getId(),
                pausingStatuses,
                uptimeTarget,
                monthlyFee,
                currency,
                creditTiers,
                creditCapPercent,
                claimWindowDays,
                targets,
                version);
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "support.policy.name", name,
                "support.policy.contract", contractId,
                "support.calendar", calendar.getName(),
                "support.policy.retired-on", retiredOn,
                "support.policy.pausing", EnumSetText.write(pausingStatuses),
                "support.policy.uptime-target", uptimeTarget,
                "support.policy.monthly-fee", monthlyFee == null ? null : monthlyFee.toPlainString() + " " + currency,
                "support.policy.tiers", creditTiers,
                "support.policy.cap", creditCapPercent,
                "support.policy.claim-window", claimWindowDays,
                "support.policy.targets", describeTargets());
    }

    private String describeTargets() {
        return java.util.Arrays.stream(Severity.values())
                .map(s -> {
                    SeverityTarget t = target(s);
                    return s + " " + t.name() + " " + t.responseMinutes() + "/" + t.resolutionMinutes() + " min"
                            + (t.responseRoundTheClock() ? " response 24x7" : "")
                            + (t.resolutionRoundTheClock() ? " resolution 24x7" : "")
                            + (t.breachCreditPercent() == null
                                    ? ""
                                    : " +" + t.breachCreditPercent().toPlainString() + " %");
                })
                .collect(Collectors.joining("; "));
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

    String getName() {
        return name;
    }

    WorkCalendar getCalendar() {
        return calendar;
    }

    LocalDate getRetiredOn() {
        return retiredOn;
    }

    Set<TicketStatus> getPausingStatuses() {
        return pausingStatuses;
    }

    BigDecimal getUptimeTarget() {
        return uptimeTarget;
    }

    BigDecimal getMonthlyFee() {
        return monthlyFee;
    }

    String getCurrency() {
        return currency;
    }

    BigDecimal getCreditCapPercent() {
        return creditCapPercent;
    }

    int getClaimWindowDays() {
        return claimWindowDays;
    }
}

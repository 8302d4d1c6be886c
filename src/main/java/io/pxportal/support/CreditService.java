package io.pxportal.support;

import io.pxportal.contracts.ContractView;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.domain.RecordVersions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service credits per policy and completed month, from the month's uptime (the worst of the contract's platforms)
 * and its breached tickets, under the policy's tiers, cap and claim window; and the claims: claimed, then granted or
 * rejected. Granting publishes {@link ServiceCreditGranted}. Everyone logged in reads; whoever may change the
 * policy claims; an admin or an owner of the credit's platform records the vendor's answer.
 */
@Service
@Transactional(readOnly = true)
public class CreditService {

    private final SlaPolicyRepository policies;
    private final ServiceCreditRepository credits;
    private final SupportDirectory directory;
    private final AvailabilityService availability;
    private final ComplianceService compliance;
    private final ApplicationEventPublisher events;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final RecordVersions recordVersions;

    CreditService(
            SlaPolicyRepository policies,
            ServiceCreditRepository credits,
            SupportDirectory directory,
            AvailabilityService availability,
            ComplianceService compliance,
            ApplicationEventPublisher events,
            AuditTrail auditTrail,
            Clock clock,
            RecordVersions recordVersions) {
        this.policies = policies;
        this.credits = credits;
        this.directory = directory;
        this.availability = availability;
        this.compliance = compliance;
        this.events = events;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.recordVersions = recordVersions;
    }

    /**
     * Every month from {@code from} to {@code to} (completed months only) in which a policy earned a credit or
     * has a claim, newest first.
     */
    @PreAuthorize("isAuthenticated()")
    public List<CreditView> credits(YearMonth from, YearMonth to) {
        YearMonth lastComplete = YearMonth.now(clock).minusMonths(1);
        YearMonth end = to.isAfter(lastComplete) ? lastComplete : to;
        List<SlaPolicy> all = policies.findAll();
        Map<String, ServiceCredit> claims =
                credits.findByPolicyIdIn(all.stream().map(SlaPolicy::getId).toList()).stream()
                        .collect(Collectors.toMap(c -> c.getPolicyId() + "|" + c.getMonth(), Function.identity()));
        Map<Long, PlatformDetails> platforms = directory.platforms();
        // Every policy's contract, outages and breaches read once for all of them, not per policy.
        Map<Long, ContractView> contracts =
                directory.contracts(all.stream().map(SlaPolicy::getContractId).collect(Collectors.toSet()));
        Reading reading = new Reading(
                availability.outagesAround(platforms.keySet(), from, end), compliance.outcomeCounts(from, end));
        List<CreditView> views = new ArrayList<>();
        for (SlaPolicy policy : all) {
            ContractView contract = contracts.get(policy.getContractId());
            if (contract == null) {
                continue;
            }
            views.addAll(assess(policy, contract, platforms, from, end, LocalDate.now(clock), reading).stream()
                    .map(m -> view(policy, contract, m, claims.get(policy.getId() + "|" + m.month()), platforms))
                    .filter(v -> v.assessment().earned() || v.creditId() != null)
                    .toList());
        }
        views.sort(Comparator.comparing(CreditView::month).reversed().thenComparing(CreditView::contractNumber));
        return views;
    }

    /** Earned credits still unclaimed whose window closes within {@code days} (for the alerts). */
    @PreAuthorize("isAuthenticated()")
    public List<CreditView> closingSoon(int days) {
        LocalDate today = LocalDate.now(clock);
        YearMonth now = YearMonth.from(today);
        return credits(now.minusMonths(13), now).stream()
                .filter(c -> c.status() == CreditStatus.OWED)
                .filter(c -> !c.assessment().claimDeadline().isAfter(today.plusDays(days)))
                .toList();
    }

    /** Claims a month's credit for the amount the rules give; refused when nothing was earned or the window closed. */
    @Transactional
    @PreAuthorize("@slaPolicyAccess.canEdit(#policyId)")
    public CreditView claim(Long policyId, YearMonth month, String note) {
        return claimOn(policyId, month, note, LocalDate.now(clock));
    }

    /** A claim made on {@code day} (the demo data records one made in the past). */
    @Transactional
    CreditView claimOn(Long policyId, YearMonth month, String note, LocalDate day) {
        SlaPolicy policy = policies.findById(policyId).orElseThrow(() -> new NotFoundException("sla-policy", policyId));
        if (credits.findByPolicyIdAndMonth(policyId, month.atDay(1)).isPresent()) {
            throw new DomainException("support.credit.already-claimed", month.toString());
        }
        ContractView contract = directory.contract(policy.getContractId());
        Map<Long, PlatformDetails> platforms = directory.platforms();
        MonthAssessment assessed = assess(policy, contract, platforms, month, month, day).stream()
                .findFirst()
                .orElseThrow(() -> new DomainException("support.credit.nothing-earned", month.toString()));
        ServiceCredit credit = credits.saveAndFlush(new ServiceCredit(
                policyId, assessed.platformId(), month, assessed.assessment(), policy.getCurrency(), day, note));
        return view(policy, contract, assessed, credit, platforms);
    }

    /** Records that the vendor granted the credit (amount and credit-note reference) and tells finance. */
    @Transactional
    @PreAuthorize("@creditAccess.canEdit(#creditId)")
    public void grant(Long creditId, BigDecimal amount, String reference, Long version) {
        ServiceCredit credit = find(creditId);
        ConcurrentEditException.check(
                version, credit.getVersion(), credit.getMonth().toString());
        credit.grant(amount, reference, LocalDate.now(clock));
        recordVersions.saved(credits.saveAndFlush(credit), version);
        SlaPolicy policy = policies.findById(credit.getPolicyId()).orElseThrow();
        ContractView contract = directory.contract(policy.getContractId());
        PlatformDetails platform = directory.platforms().get(credit.getPlatformId());
        events.publishEvent(new ServiceCreditGranted(
                credit.getId(),
                credit.getGrantedAmount(),
                credit.getCurrency(),
                credit.getPlatformId(),
                platform == null ? null : platform.name(),
                contract.vendor() == null ? null : contract.vendor().id(),
                contract.vendor() == null ? null : contract.vendor().name(),
                contract.id(),
                contract.draft().number(),
                credit.getMonth(),
                credit.getReference(),
                credit.getDecidedOn()));
    }

    @Transactional
    @PreAuthorize("@creditAccess.canEdit(#creditId)")
    public void reject(Long creditId, String note, Long version) {
        ServiceCredit credit = find(creditId);
        ConcurrentEditException.check(
                version, credit.getVersion(), credit.getMonth().toString());
        credit.reject(note, LocalDate.now(clock));
        recordVersions.saved(credits.saveAndFlush(credit), version);
    }

    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(Long creditId) {
        return AuditTrail.newestFirst(auditTrail.history(
                ServiceCredit.class, creditId, c -> c.getMonth().toString()));
    }

    record MonthAssessment(
            YearMonth month,
            Long platformId,
            BigDecimal uptime,
            Map<Severity, Long> breaches,
            CreditAssessment assessment) {}

    /** The outages by platform and the outcome counts of the months assessed, read once for every policy. */
    record Reading(Map<Long, List<Outage>> outages, List<OutcomeCount> counts) {}

    List<MonthAssessment> assess(
            SlaPolicy policy,
            ContractView contract,
            Map<Long, PlatformDetails> platforms,
            YearMonth from,
            YearMonth to,
            LocalDate today) {
        return assess(policy, contract, platforms, from, to, today, null);
    }

    /** As above, from what {@code reading} holds (null: read here). */
    List<MonthAssessment> assess(
            SlaPolicy policy,
            ContractView contract,
            Map<Long, PlatformDetails> platforms,
            YearMonth from,
            YearMonth to,
            LocalDate today,
            Reading reading) {
        List<Long> platformIds =
                contract.platforms().stream().map(PlatformRef::id).sorted().toList();
        if (platformIds.isEmpty() || to.isBefore(from)) {
            return List.of();
        }
        Map<YearMonth, MonthlyUptime> worst = new java.util.HashMap<>();
        for (Long platformId : platformIds) {
            PlatformDetails platform = platforms.get(platformId);
            if (platform == null) {
                continue;
            }
            for (MonthlyUptime month : availability.uptime(
                    platform,
                    policy,
                    from,
                    to,
                    reading == null ? null : reading.outages().getOrDefault(platformId, List.of()))) {
                worst.merge(month.month(), month, (a, b) -> b.uptimePercent().compareTo(a.uptimePercent()) < 0 ? b : a);
            }
        }
        Map<String, Map<Severity, Long>> breaches = reading == null
                ? compliance.breachesByMonth(policy.getId(), from, to)
                : ComplianceService.breachesByMonth(policy.getId(), reading.counts());
        List<MonthAssessment> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            MonthlyUptime uptime = worst.get(month);
            Map<Severity, Long> breached = breaches.getOrDefault(month.toString(), Map.of());
            CreditAssessment assessment = CreditCalculator.assess(
                    policy.tiers(),
                    policy.perBreachPercent(),
                    policy.getCreditCapPercent(),
                    policy.getClaimWindowDays(),
                    policy.getMonthlyFee(),
                    month,
                    uptime == null ? null : uptime.uptimePercent(),
                    breached,
                    today);
            months.add(new MonthAssessment(
                    month,
                    uptime == null ? platformIds.getFirst() : uptime.platformId(),
                    uptime == null ? null : uptime.uptimePercent(),
                    breached,
                    assessment));
        }
        return months;
    }

    private static CreditView view(
            SlaPolicy policy,
            ContractView contract,
            MonthAssessment m,
            ServiceCredit claim,
            Map<Long, PlatformDetails> platforms) {
        PlatformDetails platform = platforms.get(m.platformId());
        CreditStatus status = claim != null
                ? claim.getStatus()
                : m.assessment().windowOpen() ? CreditStatus.OWED : CreditStatus.LAPSED;
        return new CreditView(
                policy.getId(),
                policy.getName(),
                contract.draft().number(),
                m.platformId(),
                platform == null ? null : platform.name(),
                contract.vendor() == null ? null : contract.vendor().name(),
                m.month(),
                m.uptime(),
                m.breaches(),
                m.assessment(),
                policy.getCurrency(),
                status,
                claim == null ? null : claim.getId(),
                claim == null ? null : claim.getVersion(),
                claim == null ? null : claim.getAmount(),
                claim == null ? null : claim.getGrantedAmount(),
                claim == null ? null : claim.getReference(),
                claim == null ? null : claim.getClaimedOn(),
                claim == null ? null : claim.getDecidedOn(),
                claim == null ? null : claim.getNote(),
                contract.editable());
    }

    private ServiceCredit find(Long id) {
        return credits.findById(id).orElseThrow(() -> new NotFoundException("service-credit", id));
    }
}

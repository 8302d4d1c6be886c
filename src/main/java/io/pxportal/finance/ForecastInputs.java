package io.pxportal.finance;

import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.contracts.RenewalDecisionService;
import io.pxportal.contracts.RenewalDecisionView;
import io.pxportal.contracts.RenewalOutcome;
import io.pxportal.contracts.RenewalSchedule;
import io.pxportal.licensing.EntitlementFilter;
import io.pxportal.licensing.EntitlementService;
import io.pxportal.licensing.EntitlementView;
import io.pxportal.licensing.LicencePosition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * What the forecast and the full-year outlook compute from, read from the contracts and licensing modules page by
 * page: the contracts with their ends (renewal decisions taken into account) and the true-up risks, of the
 * platforms the user may see.
 */
@Component
class ForecastInputs {

    private static final int PAGE = 200;

    private final ContractService contracts;
    private final RenewalDecisionService decisions;
    private final EntitlementService entitlements;
    private final FinanceAccess access;

    ForecastInputs(
            ContractService contracts,
            RenewalDecisionService decisions,
            EntitlementService entitlements,
            FinanceAccess access) {
        this.contracts = contracts;
        this.decisions = decisions;
        this.entitlements = entitlements;
        this.access = access;
    }

    /**
     * Every contract the user may see, with its end: an exit decision ends it at the current term's end, as does a
     * last term.
     */
    List<ForecastContract> visibleContracts() {
        Set<Long> visible = access.visiblePlatforms();
        List<ForecastContract> result = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<ContractView> batch =
                    contracts.page(ContractFilter.all(), PageRequest.of(page, PAGE, Sort.by("number", "id")));
            Set<Long> decided = decided(batch);
            for (ContractView c : batch) {
                Long platformId =
                        c.draft().platformIds().stream().sorted().findFirst().orElse(null);
                if (visible != null && c.draft().platformIds().stream().noneMatch(visible::contains)) {
                    continue;
                }
                result.add(input(c, platformId, decided.contains(c.id())));
            }
            if (batch.size() < PAGE) {
                return result;
            }
        }
    }

    /**
     * Which contracts of a page have a decision for their current term: one query for the page, so that only those
     * few are asked for the decision's outcome (one look-up per contract was most of the forecast's time).
     */
    private Set<Long> decided(List<ContractView> batch) {
        Map<Long, LocalDate> termEnds = new HashMap<>();
        batch.stream()
                .filter(c -> c.schedule().state() != RenewalSchedule.State.ENDED
                        && c.schedule().termEnd() != null)
                .forEach(c -> termEnds.put(c.id(), c.schedule().termEnd()));
        return termEnds.isEmpty() ? Set.of() : decisions.decided(termEnds);
    }

    private ForecastContract input(ContractView c, Long platformId, boolean hasDecision) {
        RenewalSchedule schedule = c.schedule();
        LocalDate endsOn = null;
        ForecastContract.EndReason reason = null;
        Optional<RenewalOutcome> decided =
                !hasDecision ? Optional.empty() : decisions.current(c.id()).map(RenewalDecisionView::outcome);
        if (decided.filter(o -> o == RenewalOutcome.EXIT).isPresent()) {
            endsOn = schedule.termEnd();
            reason = ForecastContract.EndReason.EXIT_DECISION;
        } else if (schedule.nextRenewal() == null && decided.isEmpty()) {
            // Last term (or ended) and nobody decided to renew: the costs stop at its end.
            endsOn = schedule.termEnd();
            reason = ForecastContract.EndReason.LAST_TERM;
        }
        var d = c.draft();
        return new ForecastContract(
                c.id(),
                d.number(),
                platformId,
                d.vendorId(),
                d.start(),
                d.annualValue(),
                d.currency(),
                d.upliftType(),
                d.upliftPercent(),
                d.upliftIndex(),
                d.upliftCapPercent(),
                d.upliftFloorPercent(),
                endsOn,
                reason);
    }

    /** The true-up risks the user may see falling in the {@code span} fiscal years from the one of {@code today}. */
    List<TrueUpRisk> trueUps(FiscalCalendar calendar, LocalDate today, int span) {
        Set<Long> visible = access.visiblePlatforms();
        int last = calendar.fiscalYearOf(today) + span - 1;
        List<TrueUpRisk> risks = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<EntitlementView> batch =
                    entitlements.page(EntitlementFilter.all(), today, PageRequest.of(page, PAGE, Sort.by("id")));
            for (EntitlementView e : batch) {
                LicencePosition p = e.position();
                boolean volume = e.draft().metric().isVolume();
                BigDecimal amount = volume ? p.forecastExposure() : p.exposure();
                if (amount == null
                        || amount.signum() <= 0
                        || p.yearEnd() == null
                        || (visible != null && !visible.contains(e.draft().platformId()))) {
                    continue;
                }
                int fy = calendar.fiscalYearOf(p.yearEnd());
                if (fy <= last) {
                    risks.add(new TrueUpRisk(
                            e.id(),
                            e.draft().product(),
                            e.contract().number(),
                            e.draft().platformId(),
                            e.platform() == null ? null : e.platform().name(),
                            fy,
                            p.yearEnd(),
                            new Money(amount.setScale(2, RoundingMode.HALF_EVEN), e.currency()),
                            volume));
                }
            }
            if (batch.size() < PAGE) {
                return risks;
            }
        }
    }
}

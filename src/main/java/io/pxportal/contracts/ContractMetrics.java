package io.pxportal.contracts;

import io.pxportal.shared.metric.AllPeriodsMetricSource;
import io.pxportal.shared.metric.DerivedValue;
import io.pxportal.shared.metric.Evidence;
import io.pxportal.shared.metric.MetricPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PX metric the contracts know: renewal readiness. A notice deadline counts in the quarter in which its
 * "ready by" day (30 days before it) falls; it was ready when a renewal decision for that term was recorded on or
 * before that day. Readiness = ready deadlines / counted deadlines × 100; a platform with no such deadline has
 * no value. Reads contracts and decisions directly (hundreds of contracts, computed in memory).
 */
@Component
@Transactional(readOnly = true)
class ContractMetrics extends AllPeriodsMetricSource {

    static final String RENEWAL_READINESS = "px.renewal-readiness";
    static final int READY_DAYS = 30;

    private final ContractRepository contracts;
    private final RenewalDecisionRepository decisions;

    ContractMetrics(ContractRepository contracts, RenewalDecisionRepository decisions) {
        this.contracts = contracts;
        this.decisions = decisions;
    }

    @Override
    public Set<String> metricCodes() {
        return Set.of(RENEWAL_READINESS);
    }

    /** The contracts and their decisions read once for every period (a trend asks eight quarters). */
    @Override
    public Map<MetricPeriod, Map<String, Map<Long, DerivedValue>>> values(
            Set<String> metricCodes, Collection<Long> platformIds, List<MetricPeriod> periods) {
        Set<Long> wanted = Set.copyOf(platformIds);
        boolean asked = metricCodes.contains(RENEWAL_READINESS) && !periods.isEmpty();
        // only the contracts covering the platforms asked for (a scorecard asks for one), not every contract
        List<Contract> relevant = wanted.isEmpty() || !asked
                ? List.of()
                : contracts.findAll((root, query, cb) -> {
                    query.distinct(true);
                    return root.join("platformIds").in(wanted);
                });
        Map<Long, Map<LocalDate, RenewalDecision>> decided = relevant.isEmpty()
                ? Map.of()
                : decisions
                        .findByContractIdIn(
                                relevant.stream().map(Contract::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(
                                RenewalDecision::getContractId,
                                Collectors.toMap(RenewalDecision::getTermEnd, Function.identity())));
        Map<MetricPeriod, Map<String, Map<Long, DerivedValue>>> result = new LinkedHashMap<>();
        for (MetricPeriod period : periods) {
            Map<String, Map<Long, DerivedValue>> byCode = new HashMap<>();
            metricCodes.forEach(code -> byCode.put(code, Map.of()));
            if (asked) {
                byCode.put(RENEWAL_READINESS, readiness(relevant, decided, wanted, period.from(), period.to()));
            }
            result.put(period, byCode);
        }
        return result;
    }

    private static Map<Long, DerivedValue> readiness(
            List<Contract> relevant,
            Map<Long, Map<LocalDate, RenewalDecision>> decided,
            Set<Long> wanted,
            LocalDate from,
            LocalDate to) {
        Map<Long, List<Evidence>> evidence = new HashMap<>();
        Map<Long, int[]> counts = new HashMap<>();
        for (Contract contract : relevant) {
            for (RenewalSchedule term :
                    deadlines(contract.renewalTerms(), from.plusDays(READY_DAYS), to.plusDays(READY_DAYS))) {
                LocalDate readyBy = term.noticeDeadline().minusDays(READY_DAYS);
                RenewalDecision decision =
                        decided.getOrDefault(contract.getId(), Map.of()).get(term.termEnd());
                boolean ready =
                        decision != null && !decision.toView().decidedOn().isAfter(readyBy);
                String detail = decision == null
                        ? "notice deadline " + term.noticeDeadline() + ": no decision"
                        : "notice deadline " + term.noticeDeadline() + ": decided "
                                + decision.toView().decidedOn() + (ready ? " (ready)" : " (late)");
                for (Long platform : contract.getPlatformIds()) {
                    if (!wanted.contains(platform)) {
                        continue;
                    }
                    int[] c = counts.computeIfAbsent(platform, p -> new int[2]);
                    c[0]++;
                    c[1] += ready ? 1 : 0;
                    evidence.computeIfAbsent(platform, p -> new ArrayList<>())
                            .add(Evidence.linked(
                                    "contract",
                                    contract.getId(),
                                    contract.getNumber() + " · " + contract.getTitle(),
                                    detail,
                                    "contracts",
                                    "contract"));
                }
            }
        }
        Map<Long, DerivedValue> values = new HashMap<>();
        counts.forEach((platform, c) -> values.put(
                platform,
                new DerivedValue(
                        BigDecimal.valueOf(c[1] * 100L).divide(BigDecimal.valueOf(c[0]), 1, RoundingMode.HALF_UP),
                        evidence.get(platform))));
        return values;
    }

    /** The schedules of every term whose notice deadline lies between the two days (inclusive). */
    static List<RenewalSchedule> deadlines(RenewalTerms terms, LocalDate first, LocalDate last) {
        List<RenewalSchedule> found = new ArrayList<>();
        LocalDate day = first.isBefore(terms.start()) ? terms.start() : first;
        while (!day.isAfter(last)) {
            RenewalSchedule s = RenewalEngine.schedule(terms, day);
            if (s.state() == RenewalSchedule.State.ENDED || s.nextRenewal() == null) {
                break;
            }
            LocalDate deadline = s.noticeDeadline();
            if (deadline != null && !deadline.isBefore(first) && !deadline.isAfter(last)) {
                found.add(s);
            }
            day = s.nextRenewal();
        }
        return found;
    }
}

package io.pxportal.contracts;

import io.pxportal.shared.card.PlatformCardFact;
import io.pxportal.shared.card.PlatformCardSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio card's contract line: the platform's next notice deadline, how far away, and whether a renewal
 * decision is recorded for it; it opens that contract. Bad within 30 days without a decision, a warning within 90.
 */
@Component
@Transactional(readOnly = true)
class ContractCards implements PlatformCardSource {

    private final ContractRepository contracts;
    private final RenewalDecisionRepository decisions;
    private final Clock clock;

    ContractCards(ContractRepository contracts, RenewalDecisionRepository decisions, Clock clock) {
        this.contracts = contracts;
        this.decisions = decisions;
        this.clock = clock;
    }

    @Override
    public Map<Long, List<PlatformCardFact>> facts(Collection<Long> platformIds) {
        LocalDate today = LocalDate.now(clock);
        Set<Long> wanted = Set.copyOf(platformIds);
        // only the contracts covering the page's platforms, not every contract
        List<Contract> relevant = wanted.isEmpty()
                ? List.of()
                : contracts.findAll((root, query, cb) -> {
                    query.distinct(true);
                    return root.join("platformIds").in(wanted);
                });
        Map<Long, Next> next = new HashMap<>();
        for (Contract contract : relevant) {
            RenewalSchedule schedule = RenewalEngine.schedule(contract.renewalTerms(), today);
            LocalDate deadline = schedule.noticeDeadline();
            if (deadline == null || deadline.isBefore(today)) {
                continue;
            }
            for (Long platform : contract.getPlatformIds()) {
                if (wanted.contains(platform)
                        && (!next.containsKey(platform)
                                || deadline.isBefore(next.get(platform).deadline()))) {
                    next.put(platform, new Next(contract, schedule.termEnd(), deadline));
                }
            }
        }
        // the decisions of all those contracts in one query, not one per platform
        Set<List<Object>> decided = new HashSet<>();
        decisions
                .findByContractIdIn(next.values().stream()
                        .map(n -> n.contract().getId())
                        .distinct()
                        .toList())
                .forEach(d -> decided.add(List.of(d.getContractId(), d.getTermEnd())));
        Map<Long, List<PlatformCardFact>> facts = new HashMap<>();
        next.forEach((platform, n) -> {
            long days = ChronoUnit.DAYS.between(today, n.deadline());
            boolean isDecided = decided.contains(List.of(n.contract().getId(), n.termEnd()));
            PlatformCardFact.Tone tone = isDecided
                    ? PlatformCardFact.Tone.GOOD
                    : days <= 30
                            ? PlatformCardFact.Tone.BAD
                            : days <= 90 ? PlatformCardFact.Tone.WARNING : PlatformCardFact.Tone.NEUTRAL;
            facts.put(
                    platform,
                    List.of(new PlatformCardFact(
                            20,
                            "card.contracts.next-deadline",
                            isDecided ? "card.contracts.deadline-decided" : "card.contracts.deadline",
                            List.of(n.deadline(), days, n.contract().getNumber()),
                            tone,
                            "contracts",
                            Map.of("contract", String.valueOf(n.contract().getId())))));
        });
        return facts;
    }

    private record Next(Contract contract, LocalDate termEnd, LocalDate deadline) {}
}

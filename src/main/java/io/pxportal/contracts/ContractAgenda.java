package io.pxportal.contracts;

import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.agenda.AgendaScope;
import io.pxportal.shared.agenda.AgendaSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The renewals a steering review must decide on: contracts of the review's platforms whose notice deadline (or,
 * for a contract that does not renew, whose end) falls between the review and the next one, as of the review
 * date, with the decision recorded so far.
 */
@Component
class ContractAgenda implements AgendaSource {

    static final String SECTION = "renewals";

    private final ContractService contracts;
    private final ContractRepository repository;
    private final RenewalDecisionRepository decisions;

    ContractAgenda(ContractService contracts, ContractRepository repository, RenewalDecisionRepository decisions) {
        this.contracts = contracts;
        this.repository = repository;
        this.decisions = decisions;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<AgendaItem> items(AgendaScope scope) {
        if (scope.platformIds().isEmpty()) {
            return List.of();
        }
        // the covering contracts, their views and their decisions each in one go: a review's platforms are many
        List<Long> ids = repository.idsCovering(scope.platformIds());
        Map<Long, ContractView> covered = contracts.byIds(ids);
        Map<Long, List<RenewalDecisionView>> decided = ids.isEmpty()
                ? Map.of()
                : decisions.findByContractIdIn(ids).stream()
                        .map(RenewalDecision::toView)
                        .collect(Collectors.groupingBy(RenewalDecisionView::contractId));
        List<AgendaItem> items = new ArrayList<>();
        for (Long id : ids) {
            ContractView contract = covered.get(id);
            if (contract == null) {
                continue;
            }
            RenewalSchedule schedule = RenewalEngine.schedule(contract.draft().renewalTerms(), scope.asOf());
            boolean noticeDue = schedule.noticeDeadline() != null && inScope(schedule.noticeDeadline(), scope);
            boolean ends = schedule.state() == RenewalSchedule.State.ENDING && inScope(schedule.termEnd(), scope);
            if (!noticeDue && !ends) {
                continue;
            }
            // the decision for the current term (as the contract stands today) if it is the term this review sees
            String decision = decided.getOrDefault(id, List.of()).stream()
                    .filter(d -> d.termEnd().equals(contract.schedule().termEnd()))
                    .filter(d -> d.termEnd().equals(schedule.termEnd()))
                    .findFirst()
                    .map(d -> "outcome." + d.outcome().name())
                    .orElse("agenda.renewals.no-decision");
            ContractDraft draft = contract.draft();
            List<AgendaFigure> figures = List.of(
                    AgendaFigure.date("agenda.renewals.notice-deadline", noticeDue ? schedule.noticeDeadline() : null),
                    AgendaFigure.date("agenda.renewals.term-end", schedule.termEnd()),
                    AgendaFigure.message(
                            "agenda.renewals.renewal",
                            "renewal-type." + draft.renewalType().name()),
                    AgendaFigure.money("agenda.renewals.annual-value", draft.annualValue(), draft.currency()),
                    AgendaFigure.message("agenda.renewals.decision", decision));
            Long platformId = contract.platforms().size() == 1
                    ? contract.platforms().getFirst().id()
                    : null;
            items.add(new AgendaItem(
                    ContractAlerts.SUBJECT,
                    contract.id(),
                    platformId,
                    draft.number() + " · " + draft.title() + " ("
                            + contract.vendor().name() + ")",
                    figures,
                    decision.equals("agenda.renewals.no-decision")));
        }
        return items;
    }

    private static boolean inScope(java.time.LocalDate date, AgendaScope scope) {
        return !date.isBefore(scope.asOf()) && !date.isAfter(scope.until());
    }
}

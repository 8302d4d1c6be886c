package io.pxportal.contracts;

import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.agenda.AgendaScope;
import io.pxportal.shared.agenda.AgendaSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The renewals a steering review must decide on: contracts of the review's platforms whose notice deadline (or,
 * for a contract that does not renew, whose end) falls between the review and the next one, as of the review
 * date, with the decision recorded so far.
 */
@Component
class ContractAgenda implements AgendaSource {

    static final String SECTION = "renewals";
    private static final int PAGE = 200;

    private final ContractService contracts;
    private final RenewalDecisionService decisions;

    ContractAgenda(ContractService contracts, RenewalDecisionService decisions) {
        this.contracts = contracts;
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
        Map<Long, ContractView> covered = new LinkedHashMap<>();
        for (Long platformId : scope.platformIds()) {
            for (int page = 0; ; page++) {
                List<ContractView> views = contracts.page(new ContractFilter(null, null, platformId),
                        PageRequest.of(page, PAGE, Sort.by("id")));
                views.forEach(v -> covered.putIfAbsent(v.id(), v));
                if (views.size() < PAGE) {
                    break;
                }
            }
        }
        List<AgendaItem> items = new ArrayList<>();
        for (ContractView contract : covered.values()) {
            RenewalSchedule schedule = contracts.scheduleOn(contract.id(), scope.asOf());
            boolean noticeDue = schedule.noticeDeadline() != null && inScope(schedule.noticeDeadline(), scope);
            boolean ends = schedule.state() == RenewalSchedule.State.ENDING && inScope(schedule.termEnd(), scope);
            if (!noticeDue && !ends) {
                continue;
            }
            ContractDraft draft = contract.draft();
            String decision = decisions.current(contract.id())
                    .filter(d -> d.termEnd().equals(schedule.termEnd()))
                    .map(d -> "outcome." + d.outcome().name()).orElse("agenda.renewals.no-decision");
            List<AgendaFigure> figures = List.of(
                    AgendaFigure.date("agenda.renewals.notice-deadline", noticeDue ? schedule.noticeDeadline() : null),
                    AgendaFigure.date("agenda.renewals.term-end", schedule.termEnd()),
                    AgendaFigure.message("agenda.renewals.renewal", "renewal-type." + draft.renewalType().name()),
                    AgendaFigure.money("agenda.renewals.annual-value", draft.annualValue(), draft.currency()),
                    AgendaFigure.message("agenda.renewals.decision", decision));
            Long platformId = contract.platforms().size() == 1 ? contract.platforms().getFirst().id() : null;
            items.add(new AgendaItem(ContractAlerts.SUBJECT, contract.id(), platformId,
                    draft.number() + " · " + draft.title() + " (" + contract.vendor().name() + ")", figures,
                    decision.equals("agenda.renewals.no-decision")));
        }
        return items;
    }

    private static boolean inScope(java.time.LocalDate date, AgendaScope scope) {
        return !date.isBefore(scope.asOf()) && !date.isAfter(scope.until());
    }
}

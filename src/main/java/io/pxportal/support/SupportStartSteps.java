package io.pxportal.support;

import io.pxportal.contracts.ContractService;
import io.pxportal.shared.start.StartPath;
import io.pxportal.shared.start.StartScope;
import io.pxportal.shared.start.StartState;
import io.pxportal.shared.start.StartStep;
import io.pxportal.shared.start.StartStepSource;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The path's SLA step, for admins over every platform not being retired and for product owners over their own.
 * The contracts that count are those covering one of those platforms. Started with the first business calendar
 * or a policy on one of those contracts; done when a calendar exists and each of those contracts has a policy in
 * force (tickets can only be measured against one).
 */
@Component
@Transactional(readOnly = true)
class SupportStartSteps implements StartStepSource {

    private final WorkCalendarRepository calendars;
    private final SlaPolicyRepository policies;
    private final ContractService contracts;

    SupportStartSteps(WorkCalendarRepository calendars, SlaPolicyRepository policies, ContractService contracts) {
        this.calendars = calendars;
        this.policies = policies;
        this.contracts = contracts;
    }

    @Override
    public List<StartStep> steps(StartScope path) {
        if (!StartPath.offeredToCurrentUser()) {
            return List.of();
        }
        Set<Long> scope = path.platformIds();
        List<Long> inScope = scope.isEmpty()
                ? List.of()
                : contracts.platformIdsByContract().entrySet().stream()
                        .filter(e -> !Collections.disjoint(e.getValue(), scope))
                        .map(java.util.Map.Entry::getKey)
                        .toList();
        long withPolicy = inScope.isEmpty() ? 0 : policies.countContractsInForce(inScope);
        boolean calendar = calendars.count() > 0;
        StartState state = calendar && !inScope.isEmpty() && withPolicy == inScope.size()
                ? StartState.DONE
                : calendar || withPolicy > 0 ? StartState.STARTED : StartState.NOT_STARTED;
        return List.of(new StartStep(
                60,
                "sla",
                "start.sla",
                "start.sla.help",
                state,
                "support",
                List.of("business-calendars", "sla-policies")));
    }
}

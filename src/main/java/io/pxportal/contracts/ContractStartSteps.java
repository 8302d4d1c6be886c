package io.pxportal.contracts;

import io.pxportal.shared.start.StartPath;
import io.pxportal.shared.start.StartScope;
import io.pxportal.shared.start.StartState;
import io.pxportal.shared.start.StartStep;
import io.pxportal.shared.start.StartStepSource;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The path's contract step, for admins over every platform not being retired and for product owners over their
 * own: started when one of those platforms is covered by a contract, done when each of them is.
 */
@Component
@Transactional(readOnly = true)
class ContractStartSteps implements StartStepSource {

    private final ContractRepository contracts;

    ContractStartSteps(ContractRepository contracts) {
        this.contracts = contracts;
    }

    @Override
    public List<StartStep> steps(StartScope path) {
        if (!StartPath.offeredToCurrentUser()) {
            return List.of();
        }
        Set<Long> scope = path.platformIds();
        long covered = scope.isEmpty() ? 0 : contracts.countCoveredPlatforms(scope);
        return List.of(new StartStep(
                40,
                "contracts",
                "start.contracts",
                "start.contracts.help",
                StartState.of(covered, scope.size()),
                "contracts",
                List.of("contracts")));
    }
}

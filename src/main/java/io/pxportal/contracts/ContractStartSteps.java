package io.pxportal.contracts;

import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.start.StartPath;
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
    private final PlatformService platforms;

    ContractStartSteps(ContractRepository contracts, PlatformService platforms) {
        this.contracts = contracts;
        this.platforms = platforms;
    }

    @Override
    public List<StartStep> steps() {
        if (!StartPath.offeredToCurrentUser()) {
            return List.of();
        }
        Set<Long> scope = platforms.activeVendorsByPlatform().keySet();
        long covered = scope.isEmpty() ? 0 : contracts.countCoveredPlatforms(scope);
        return List.of(new StartStep(40, "contracts", "start.contracts", "start.contracts.help",
                StartState.of(covered, scope.size()), "contracts", List.of("contracts")));
    }
}

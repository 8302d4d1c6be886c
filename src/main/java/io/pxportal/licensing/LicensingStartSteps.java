package io.pxportal.licensing;

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
 * The path's entitlements-and-usage step, for admins over every platform not being retired and for product owners
 * over their own: started with the first entitlement, done when every entitlement on those platforms has at least
 * one usage measurement (a licence position needs both sides).
 */
@Component
@Transactional(readOnly = true)
class LicensingStartSteps implements StartStepSource {

    private final EntitlementRepository entitlements;

    LicensingStartSteps(EntitlementRepository entitlements) {
        this.entitlements = entitlements;
    }

    @Override
    public List<StartStep> steps(StartScope path) {
        if (!StartPath.offeredToCurrentUser()) {
            return List.of();
        }
        Set<Long> scope = path.platformIds();
        long lines = scope.isEmpty() ? 0 : entitlements.countByPlatformIdIn(scope);
        long measured = lines == 0 ? 0 : entitlements.countMeasuredOn(scope);
        StartState state =
                lines == 0 ? StartState.NOT_STARTED : measured == lines ? StartState.DONE : StartState.STARTED;
        return List.of(new StartStep(
                50,
                "licences",
                "start.licences",
                "start.licences.help",
                state,
                "licences",
                List.of("entitlements", "usage")));
    }
}

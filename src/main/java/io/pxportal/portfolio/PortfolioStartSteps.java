package io.pxportal.portfolio;

import io.pxportal.shared.start.StartPath;
import io.pxportal.shared.start.StartScope;
import io.pxportal.shared.start.StartState;
import io.pxportal.shared.start.StartStep;
import io.pxportal.shared.start.StartStepSource;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The path's vendor and platform steps. For admins: vendors are done with the first vendor; platforms are started
 * with the first platform and done when every platform not being retired has an owner. A product owner gets only
 * their own platforms' step, done once they own one in use (they may record it themselves, or an admin names them).
 */
@Component
@Transactional(readOnly = true)
class PortfolioStartSteps implements StartStepSource {

    private final VendorRepository vendors;
    private final PlatformRepository platforms;

    PortfolioStartSteps(VendorRepository vendors, PlatformRepository platforms) {
        this.vendors = vendors;
        this.platforms = platforms;
    }

    @Override
    public List<StartStep> steps(StartScope scope) {
        if (!StartPath.offeredToCurrentUser()) {
            return List.of();
        }
        if (!StartPath.wholePortal()) {
            StartState mine = scope.vendorsByPlatform().isEmpty() ? StartState.NOT_STARTED : StartState.DONE;
            return List.of(new StartStep(
                    30,
                    "platforms",
                    "start.platforms.mine",
                    "start.platforms.mine.help",
                    mine,
                    "platforms",
                    List.of("platforms")));
        }
        StartState vendorState = vendors.count() > 0 ? StartState.DONE : StartState.NOT_STARTED;
        StartState platformState = platforms.count() == 0
                ? StartState.NOT_STARTED
                : platforms.countActiveWithoutOwner() == 0 ? StartState.DONE : StartState.STARTED;
        return List.of(
                new StartStep(
                        20,
                        "vendors",
                        "start.vendors",
                        "start.vendors.help",
                        vendorState,
                        "vendors",
                        List.of("vendors")),
                new StartStep(
                        30,
                        "platforms",
                        "start.platforms",
                        "start.platforms.help",
                        platformState,
                        "platforms",
                        List.of("platforms")));
    }
}

package io.pxportal.portfolio;

import io.pxportal.shared.start.StartPath;
import io.pxportal.shared.start.StartState;
import io.pxportal.shared.start.StartStep;
import io.pxportal.shared.start.StartStepSource;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The path's vendor and platform steps, for admins (a product owner's platforms exist and are theirs already).
 * Vendors: done with the first vendor. Platforms: started with the first platform, done when every platform not
 * being retired has an owner.
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
    public List<StartStep> steps() {
        if (!StartPath.wholePortal()) {
            return List.of();
        }
        StartState vendorState = vendors.count() > 0 ? StartState.DONE : StartState.NOT_STARTED;
        StartState platformState = platforms.count() == 0 ? StartState.NOT_STARTED
                : platforms.countActiveWithoutOwner() == 0 ? StartState.DONE : StartState.STARTED;
        return List.of(
                new StartStep(20, "vendors", "start.vendors", "start.vendors.help", vendorState, "vendors",
                        List.of("vendors")),
                new StartStep(30, "platforms", "start.platforms", "start.platforms.help", platformState, "platforms",
                        List.of("platforms")));
    }
}

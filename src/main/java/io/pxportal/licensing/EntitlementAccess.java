package io.pxportal.licensing;

import io.pxportal.portfolio.PlatformService;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change an entitlement and its measurements: an admin, or a product owner of the entitlement's
 * platform. Used as {@code @entitlementAccess} in {@code @PreAuthorize}.
 */
@Component("entitlementAccess")
@Transactional(readOnly = true)
public class EntitlementAccess {

    private final EntitlementRepository entitlements;
    private final PlatformService platforms;

    EntitlementAccess(EntitlementRepository entitlements, PlatformService platforms) {
        this.entitlements = entitlements;
        this.platforms = platforms;
    }

    public boolean canEdit(Long entitlementId) {
        return entitlementId != null
                && entitlements
                        .findById(entitlementId)
                        .map(e -> platforms.canEditAny(Set.of(e.getPlatformId())))
                        .orElse(false);
    }
}

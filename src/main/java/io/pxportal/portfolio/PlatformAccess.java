package io.pxportal.portfolio;

import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change a platform: an admin, or a product owner who owns it. Used in {@code @PreAuthorize} as
 * {@code @platformAccess} and by views to decide between edit and read-only.
 */
@Component("platformAccess")
@Transactional(readOnly = true)
public class PlatformAccess {

    private final PlatformRepository platforms;

    PlatformAccess(PlatformRepository platforms) {
        this.platforms = platforms;
    }

    /** Whether the current user may change the platform. */
    public boolean canEdit(Long platformId) {
        if (CurrentUser.hasRole(Role.ADMIN)) {
            return true;
        }
        return platformId != null
                && CurrentUser.hasRole(Role.PRODUCT_OWNER)
                && CurrentUser.username()
                        .map(username -> platforms.isOwnedBy(platformId, username))
                        .orElse(false);
    }
}

package io.pxportal.support;

import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change a business calendar: an admin, or a product owner who may change every policy that runs on it
 * (a calendar no policy uses yet: any product owner). Used as {@code @businessCalendarAccess} in
 * {@code @PreAuthorize}.
 */
@Component("businessCalendarAccess")
@Transactional(readOnly = true)
public class BusinessCalendarAccess {

    private final WorkCalendarRepository calendars;
    private final SlaPolicyRepository policies;
    private final SlaPolicyAccess policyAccess;

    BusinessCalendarAccess(
            WorkCalendarRepository calendars, SlaPolicyRepository policies, SlaPolicyAccess policyAccess) {
        this.calendars = calendars;
        this.policies = policies;
        this.policyAccess = policyAccess;
    }

    public boolean canEdit(Long id) {
        if (id == null || calendars.findById(id).isEmpty()) {
            return false;
        }
        if (CurrentUser.hasRole(Role.ADMIN)) {
            return true;
        }
        return CurrentUser.hasRole(Role.PRODUCT_OWNER)
                && policies.findByCalendarId(id).stream()
                        .filter(p -> p.getRetiredOn() == null)
                        .allMatch(p -> policyAccess.canEdit(p.getId()));
    }
}

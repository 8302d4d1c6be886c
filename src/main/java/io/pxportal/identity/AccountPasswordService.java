package io.pxportal.identity;

import io.pxportal.identity.events.IdentityEvent;
import io.pxportal.shared.audit.SecurityEvents;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The logged-in user's own password: changing it, and whether an admin's reset asks for a new one first. */
@Service
public class AccountPasswordService {

    /** The route of the page where users change their own password; the shell's user menu opens it. */
    public static final String ROUTE = "account/password";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final SecurityEvents securityEvents;

    AccountPasswordService(
            AppUserRepository users,
            PasswordEncoder passwordEncoder,
            TransactionTemplate transaction,
            SecurityEvents securityEvents) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.securityEvents = securityEvents;
    }

    /** Whether the session was opened with a password an admin set, which must be replaced before anything else. */
    @PreAuthorize("isAuthenticated()")
    public boolean mustChange() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getPrincipal() instanceof PortalUser user
                && user.mustChangePassword();
    }

    /**
     * Replaces the user's password after checking the current one. The user's other sessions end on their next
     * request; this one stays open.
     */
    @PreAuthorize("isAuthenticated()")
    public void change(String currentPassword, String newPassword) {
        String username = CurrentUser.username().orElseThrow();
        AppUser user = transaction.execute(tx -> {
            AppUser found =
                    users.findByUsernameIgnoreCase(username).orElseThrow(() -> new NotFoundException("user", username));
            if (!found.hasLocalPassword()) {
                throw new DomainException("user.password.sso", found.getUsername());
            }
            if (currentPassword == null || !passwordEncoder.matches(currentPassword, found.getPasswordHash())) {
                throw new DomainException("user.password.current-wrong");
            }
            if (currentPassword.equals(newPassword)) {
                throw new DomainException("user.password.unchanged");
            }
            PasswordPolicy.check(found.getUsername(), newPassword);
            found.changeOwnPassword(passwordEncoder.encode(newPassword));
            return users.saveAndFlush(found);
        });
        securityEvents.record(IdentityEvent.PASSWORD_CHANGED, username, "");
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication.getPrincipal() instanceof PortalUser principal) {
            SessionRights.installInCurrentRequest(SessionRights.refreshed(authentication, principal, user));
        }
    }
}

package io.pxportal.identity;

import io.pxportal.shared.audit.AuditActor;
import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users for login from the database; a locked or disabled account is refused before its password is checked.
 * After a successful login Spring Security hands back the password re-hashed when the stored hash uses an older
 * algorithm (bcrypt before Argon2id), which is stored without ending any session.
 */
@Component
class PortalUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AppUserRepository users;
    private final Clock clock;

    PortalUserDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        // A provider's user has no password here: the form refuses them like an unknown name.
        AppUser user = users.findByUsernameIgnoreCase(username)
                .filter(AppUser::hasLocalPassword)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return PortalUser.of(user, user.isLockedAt(clock.instant()));
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails details, String newEncodedPassword) {
        return AuditActor.as(
                LoginAttempts.ACTOR,
                () -> users.findByUsernameIgnoreCase(details.getUsername())
                        .map(user -> {
                            user.upgradePasswordHash(newEncodedPassword);
                            return (UserDetails)
                                    PortalUser.of(users.saveAndFlush(user), user.isLockedAt(clock.instant()));
                        })
                        .orElse(details));
    }
}

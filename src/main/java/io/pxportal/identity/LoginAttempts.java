package io.pxportal.identity;

import io.pxportal.shared.audit.AuditActor;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed logins: the fifth wrong password in a row locks the account for 15 minutes. The lock is a
 * change of the user record, so it appears in the user's history, attributed to "login-guard".
 */
@Component
class LoginAttempts {

    static final String ACTOR = "login-guard";
    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final AppUserRepository users;
    private final Clock clock;
    private final TransactionTemplate transaction;

    LoginAttempts(AppUserRepository users, Clock clock, TransactionTemplate transaction) {
        this.users = users;
        this.clock = clock;
        this.transaction = transaction;
    }

    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        AuditActor.as(ACTOR, () -> transaction.execute(tx -> users.findByUsernameIgnoreCase(username).map(user -> {
            if (user.recordFailedLogin(clock.instant())) {
                log.warn("Account {} locked until {} after {} failed logins", user.getUsername(),
                        user.getLockedUntil(), AppUser.MAX_FAILED_LOGINS);
            }
            return users.saveAndFlush(user);
        })));
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        AuditActor.as(ACTOR, () -> transaction.execute(tx -> users.findByUsernameIgnoreCase(username)
                .filter(user -> user.getFailedLogins() > 0 || user.getLockedUntil() != null)
                .map(user -> {
                    user.recordSuccessfulLogin();
                    return users.saveAndFlush(user);
                })));
    }
}

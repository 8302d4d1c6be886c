package io.pxportal.identity;

import io.pxportal.identity.events.IdentityEvent;
import io.pxportal.shared.audit.AuditActor;
import io.pxportal.shared.audit.SecurityEvents;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed logins: the fifth wrong password in a row locks the account for 15 minutes. The lock is a
 * change of the user record, so it appears in the user's history, attributed to "login-guard". Sign-ins,
 * refused sign-ins, lock-outs and sign-outs of the UI are security events in the audit trail; API calls are
 * not sign-ins (their token use is recorded by {@link ApiTokenIntrospector}), and a refused bearer token is never
 * recorded, since its "name" would be the secret.
 */
@Component
class LoginAttempts {

    static final String ACTOR = "login-guard";
    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final AppUserRepository users;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SecurityEvents securityEvents;

    LoginAttempts(
            AppUserRepository users, Clock clock, TransactionTemplate transaction, SecurityEvents securityEvents) {
        this.users = users;
        this.clock = clock;
        this.transaction = transaction;
        this.securityEvents = securityEvents;
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        if (!isPasswordLogin(event.getAuthentication())) {
            return;
        }
        String username = event.getAuthentication().getName();
        securityEvents.record(IdentityEvent.LOGIN_FAILED, username, reason(event));
        if (!(event instanceof AuthenticationFailureBadCredentialsEvent)) {
            return;
        }
        boolean locked = AuditActor.as(
                ACTOR,
                () -> transaction.execute(tx -> users.findByUsernameIgnoreCase(username)
                        .filter(AppUser::hasLocalPassword)
                        .map(user -> {
                            boolean nowLocked = user.recordFailedLogin(clock.instant());
                            if (nowLocked) {
                                log.warn(
                                        "Account {} locked until {} after {} failed logins",
                                        user.getUsername(),
                                        user.getLockedUntil(),
                                        AppUser.MAX_FAILED_LOGINS);
                            }
                            users.saveAndFlush(user);
                            return nowLocked;
                        })
                        .orElse(false)));
        if (locked) {
            securityEvents.record(IdentityEvent.ACCOUNT_LOCKED, username, String.valueOf(AppUser.MAX_FAILED_LOGINS));
        }
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (!isPasswordLogin(event.getAuthentication())) {
            return;
        }
        String username = event.getAuthentication().getName();
        // With two-step sign-in the password alone signs no one in: the count of failures goes on until the code
        // is right too (SecondFactorLogin), so a known password does not buy new guesses at the code.
        boolean codeFollows = AuditActor.as(
                ACTOR,
                () -> transaction.execute(tx -> users.findByUsernameIgnoreCase(username)
                        .map(user -> {
                            if (user.hasTwoStep()) {
                                return true;
                            }
                            if (user.getFailedLogins() > 0 || user.getLockedUntil() != null) {
                                user.recordSuccessfulLogin();
                                users.saveAndFlush(user);
                            }
                            return false;
                        })
                        .orElse(false)));
        if (!codeFollows) {
            securityEvents.record(IdentityEvent.LOGIN, username, "");
            transaction.executeWithoutResult(tx -> users.recordSignIn(username, clock.instant()));
        }
    }

    @EventListener
    public void onLogout(LogoutSuccessEvent event) {
        securityEvents.record(IdentityEvent.LOGOUT, event.getAuthentication().getName(), "");
    }

    private static boolean isPasswordLogin(Authentication authentication) {
        return authentication instanceof UsernamePasswordAuthenticationToken;
    }

    /** Why a sign-in was refused, as a code the audit view explains: bad-credentials, locked, disabled, other. */
    private static String reason(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            return "bad-credentials";
        }
        if (event instanceof AuthenticationFailureLockedEvent) {
            return "locked";
        }
        return event instanceof AuthenticationFailureDisabledEvent ? "disabled" : "other";
    }
}

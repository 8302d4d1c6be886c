package io.pxportal.identity;

import io.pxportal.identity.events.IdentityEvent;
import io.pxportal.shared.audit.AuditActor;
import io.pxportal.shared.audit.SecurityEvents;
import io.pxportal.shared.domain.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The second step of signing in: after the right password of an account with two-step sign-in the session holds
 * only "password given" ({@link SecondFactorStep}), and the user gets their roles here, with a current code of
 * their app. A wrong code counts towards the lock-out like a wrong password.
 */
@Service
public class SecondFactorLogin {

    /** The route of the page that asks for the code. */
    public static final String ROUTE = "login/code";

    /** The factor this step adds to the session's authentication, next to Spring Security's password factor. */
    static final String TOTP_FACTOR = "FACTOR_TOTP";

    static final String PENDING = SecondFactorLogin.class.getName() + ".PENDING";
    static final Duration PENDING_FOR = Duration.ofMinutes(5);

    /** The password was right at {@code since}; the code must follow within {@link #PENDING_FOR}. */
    record Pending(String username, Instant since) implements Serializable {}

    private final AppUserRepository users;
    private final TotpCodes codes;
    private final TransactionTemplate transaction;
    private final SecurityEvents securityEvents;
    private final Clock clock;

    SecondFactorLogin(
            AppUserRepository users,
            TotpCodes codes,
            TransactionTemplate transaction,
            SecurityEvents securityEvents,
            Clock clock) {
        this.users = users;
        this.codes = codes;
        this.transaction = transaction;
        this.securityEvents = securityEvents;
        this.clock = clock;
    }

    /** The user whose password this browser gave and whose code is still awaited, if any. */
    @PreAuthorize("permitAll()")
    public Optional<String> awaitedUser() {
        return pending().map(Pending::username);
    }

    /**
     * Completes the sign-in with a current code of the user's app, or with one of their recovery codes (used up
     * by it): the session gets a new id and the user's full authentication.
     * A wrong, stale or reused code is refused and counted; the fifth failure locks the account, and a locked or
     * disabled account, or a code given too late, sends the user back to the password.
     */
    @PreAuthorize("permitAll()")
    public void complete(String code) {
        Pending pending = pending().orElseThrow(() -> new DomainException("two-step.login.expired"));
        Outcome outcome = AuditActor.as(LoginAttempts.ACTOR, () -> transaction.execute(tx -> attempt(pending, code)));
        switch (outcome) {
            case Outcome.Refused refused -> {
                securityEvents.record(IdentityEvent.TWO_STEP_CODE_FAILED, pending.username(), "sign-in");
                if (refused.lockedNow()) {
                    securityEvents.record(
                            IdentityEvent.ACCOUNT_LOCKED,
                            pending.username(),
                            String.valueOf(AppUser.MAX_FAILED_LOGINS));
                    forget();
                    throw new DomainException("login.error.locked");
                }
                throw new DomainException("two-step.code-wrong");
            }
            case Outcome.Closed closed -> {
                forget();
                throw new DomainException(closed.messageKey());
            }
            case Outcome.Accepted accepted -> signIn(accepted.user(), accepted.withRecoveryCode());
        }
    }

    private sealed interface Outcome {
        record Accepted(PortalUser user, boolean withRecoveryCode) implements Outcome {}

        record Refused(boolean lockedNow) implements Outcome {}

        record Closed(String messageKey) implements Outcome {}
    }

    private Outcome attempt(Pending pending, String code) {
        Optional<AppUser> found = users.findByUsernameIgnoreCase(pending.username());
        if (found.isEmpty() || !found.get().isEnabled()) {
            return new Outcome.Closed("login.error.disabled");
        }
        AppUser user = found.get();
        if (user.isLockedAt(clock.instant())) {
            return new Outcome.Closed("login.error.locked");
        }
        if (!user.hasTwoStep()) {
            // Turned off by an admin in between: the password was checked, so the sign-in completes.
            return new Outcome.Accepted(PortalUser.of(user, false), false);
        }
        OptionalLong step = codes.verify(user.getTotpSecret(), code, user.getTotpLastStep());
        boolean recovered = step.isEmpty() && user.useRecoveryCode(TotpCodes.recoveryHash(code));
        if (step.isEmpty() && !recovered) {
            boolean locked = user.recordFailedLogin(clock.instant());
            users.saveAndFlush(user);
            return new Outcome.Refused(locked);
        }
        step.ifPresent(user::useTwoStepCode);
        user.recordSuccessfulLogin();
        return new Outcome.Accepted(PortalUser.of(users.saveAndFlush(user), false), recovered);
    }

    private void signIn(PortalUser user, boolean withRecoveryCode) {
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        authorities.add(FactorGrantedAuthority.fromAuthority(TOTP_FACTOR));
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        HttpServletRequest request = currentRequest().orElseThrow();
        forget();
        // A new session id for the signed-in session, as Spring Security gives one at every sign-in.
        request.changeSessionId();
        SessionRights.install(authentication, request);
        securityEvents.record(IdentityEvent.LOGIN, user.getUsername(), withRecoveryCode ? "recovery-code" : "two-step");
        transaction.executeWithoutResult(tx -> users.recordSignIn(user.getUsername(), clock.instant()));
    }

    private Optional<Pending> pending() {
        return currentRequest()
                .map(r -> r.getSession(false))
                .map(s -> s.getAttribute(PENDING) instanceof Pending p ? p : null)
                .filter(p -> p.since().plus(PENDING_FOR).isAfter(clock.instant()));
    }

    private void forget() {
        currentRequest().map(r -> r.getSession(false)).ifPresent(s -> s.removeAttribute(PENDING));
    }

    /** Marks the session as waiting for {@code username}'s code (the password was right just now). */
    void await(HttpSession session, String username) {
        session.setAttribute(PENDING, new Pending(username, clock.instant()));
    }

    /** Whether sign-in of this user asks for a code after the password. */
    boolean asksForCode(String username) {
        return Boolean.TRUE.equals(transaction.execute(tx -> users.findByUsernameIgnoreCase(username)
                .map(AppUser::hasTwoStep)
                .orElse(false)));
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }
}

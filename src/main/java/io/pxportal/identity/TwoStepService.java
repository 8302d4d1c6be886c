package io.pxportal.identity;

import io.pxportal.identity.events.IdentityEvent;
import io.pxportal.shared.audit.SecurityEvents;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The logged-in user's own two-step sign-in (codes of an authenticator app, RFC 6238): enrolment confirmed with a
 * code, turning it off with a code, and the portal's rule that ADMIN accounts must use it.
 */
@Service
public class TwoStepService {

    /** The route of the page where users turn two-step sign-in on or off; the shell's user bar opens it. */
    public static final String ROUTE = "account/two-step";

    private final AppUserRepository users;
    private final SignInPolicyRepository policy;
    private final TotpCodes codes;
    private final TransactionTemplate transaction;
    private final SecurityEvents securityEvents;
    private final Clock clock;

    TwoStepService(
            AppUserRepository users,
            SignInPolicyRepository policy,
            TotpCodes codes,
            TransactionTemplate transaction,
            SecurityEvents securityEvents,
            Clock clock) {
        this.users = users;
        this.policy = policy;
        this.codes = codes;
        this.transaction = transaction;
        this.securityEvents = securityEvents;
        this.clock = clock;
    }

    /** Whether two-step sign-in is on for the user, and whether their role requires it. */
    @PreAuthorize("isAuthenticated()")
    public TwoStepStatus status() {
        return transaction.execute(tx -> {
            AppUser user = current();
            return new TwoStepStatus(
                    user.hasTwoStep() ? user.getTotpEnabledAt() : null,
                    required(user),
                    user.hasTwoStep() ? user.recoveryCodesLeft() : 0);
        });
    }

    /**
     * Whether the user must turn on two-step sign-in before anything else: ADMIN accounts must when an admin
     * requires it and theirs is off.
     */
    @PreAuthorize("isAuthenticated()")
    public boolean mustEnrol() {
        if (!CurrentUser.hasRole(Role.ADMIN)) {
            return false;
        }
        // The rule first: while it is off (the usual case) no user is read; a session whose user is not stored
        // (a test's made-up admin) has nothing to enrol.
        return Boolean.TRUE.equals(transaction.execute(tx -> policy.current().adminsNeedSecondFactor()
                && CurrentUser.username()
                        .flatMap(users::findByUsernameIgnoreCase)
                        .map(user -> required(user) && !user.hasTwoStep())
                        .orElse(false)));
    }

    /**
     * A new secret for the user's authenticator app. Sign-in does not ask for codes until {@link #confirm} proves
     * the app holds it; a second call replaces the secret. Refused when two-step sign-in is already on, so the
     * secret in use is never shown again.
     */
    @PreAuthorize("isAuthenticated()")
    public TwoStepEnrolment start() {
        return transaction.execute(tx -> {
            AppUser user = current();
            if (!user.hasLocalPassword()) {
                // The portal never asks such a user for a code: their second factor is the provider's.
                throw new DomainException("two-step.provider-user");
            }
            if (user.hasTwoStep()) {
                throw new DomainException("two-step.already-on");
            }
            String secret = codes.newSecret();
            user.startTwoStep(secret);
            users.saveAndFlush(user);
            return new TwoStepEnrolment(
                    secret, codes.uri(user.getUsername(), secret), codes.qrPng(user.getUsername(), secret));
        });
    }

    /**
     * Turns two-step sign-in on when {@code code} is a current code of the secret from {@link #start}, and returns
     * ten one-time recovery codes for a lost phone, shown this once (only their hashes are kept).
     */
    @PreAuthorize("isAuthenticated()")
    public List<String> confirm(String code) {
        List<String> recovery = codes.newRecoveryCodes();
        String username = transaction.execute(tx -> {
            AppUser user = current();
            if (user.hasTwoStep()) {
                throw new DomainException("two-step.already-on");
            }
            if (user.getTotpSecret() == null) {
                throw new DomainException("two-step.not-started");
            }
            long step = checked(user, code, "enrol");
            user.confirmTwoStep(
                    clock.instant(),
                    step,
                    recovery.stream().map(TotpCodes::recoveryHash).collect(Collectors.toSet()));
            return users.saveAndFlush(user).getUsername();
        });
        securityEvents.record(IdentityEvent.TWO_STEP_ENABLED, username, "");
        return recovery;
    }

    /** Turns two-step sign-in off when {@code code} is a current code; refused while the user's role requires it. */
    @PreAuthorize("isAuthenticated()")
    public void disable(String code) {
        String username = transaction.execute(tx -> {
            AppUser user = current();
            if (!user.hasTwoStep()) {
                throw new DomainException("two-step.not-on");
            }
            if (required(user)) {
                throw new DomainException("two-step.required-for-admins");
            }
            checked(user, code, "disable");
            user.stopTwoStep();
            return users.saveAndFlush(user).getUsername();
        });
        securityEvents.record(IdentityEvent.TWO_STEP_DISABLED, username, "");
    }

    /** Whether two-step sign-in is on for the user with this id. */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public boolean isOnFor(Long userId) {
        return transaction.execute(tx -> byId(userId).hasTwoStep());
    }

    /**
     * An admin turns off two-step sign-in of a user who lost their authenticator app; the user signs in with the
     * password alone and can enrol a new app (at once, when their role requires it).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void turnOffFor(Long userId) {
        String username = transaction.execute(tx -> {
            AppUser user = byId(userId);
            if (!user.hasTwoStep()) {
                throw new DomainException("two-step.not-on-for-user", user.getUsername());
            }
            user.stopTwoStep();
            return users.saveAndFlush(user).getUsername();
        });
        securityEvents.record(
                IdentityEvent.TWO_STEP_DISABLED,
                username,
                "by:" + CurrentUser.username().orElse("?"));
    }

    /** Whether ADMIN accounts must use two-step sign-in. */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public boolean adminsMustUseTwoStep() {
        return transaction.execute(tx -> policy.current().adminsNeedSecondFactor());
    }

    /**
     * Requires two-step sign-in of every ADMIN account, or stops requiring it. An admin without it is sent to
     * enrolment at their next page and can do nothing else until it is on.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void requireForAdmins(boolean required) {
        transaction.executeWithoutResult(tx -> {
            SignInPolicy current = policy.current();
            current.requireSecondFactorForAdmins(required);
            policy.saveAndFlush(current);
        });
        securityEvents.record(
                IdentityEvent.SIGN_IN_POLICY_CHANGED,
                CurrentUser.username().orElse(null),
                required ? "admins-two-step-on" : "admins-two-step-off");
    }

    /** The time step of a right code, after the code is recorded as used; a wrong code is an audited refusal. */
    private long checked(AppUser user, String code, String where) {
        OptionalLong step = codes.verify(user.getTotpSecret(), code, user.getTotpLastStep());
        if (step.isEmpty()) {
            securityEvents.record(IdentityEvent.TWO_STEP_CODE_FAILED, user.getUsername(), where);
            throw new DomainException("two-step.code-wrong");
        }
        user.useTwoStepCode(step.getAsLong());
        return step.getAsLong();
    }

    /** The rule binds ADMIN accounts with the portal's own password; a provider's users have the provider's factors. */
    private boolean required(AppUser user) {
        return user.hasLocalPassword()
                && user.getRoles().contains(Role.ADMIN)
                && policy.current().adminsNeedSecondFactor();
    }

    private AppUser byId(Long userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
    }

    private AppUser current() {
        String username = CurrentUser.username().orElseThrow();
        return users.findByUsernameIgnoreCase(username).orElseThrow(() -> new NotFoundException("user", username));
    }
}

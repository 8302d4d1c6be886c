package io.pxportal.identity;

import io.pxportal.identity.events.IdentityEvent;
import io.pxportal.shared.audit.AuditActor;
import io.pxportal.shared.audit.SecurityEvents;
import io.pxportal.shared.security.Role;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A sign-in through an OpenID Connect provider, after the provider's ID token has been verified: the user is found
 * by the provider and their subject there, or created from the claims at their first sign-in, and their roles are
 * derived anew from the provider's groups. A change of roles moves the rights stamp, so the user's sessions on every
 * node follow at their next request. A user none of whose groups grants a role is refused, and keeps no role.
 */
@Component
class SsoSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code of a refusal for want of a mapped group; the login's failure handler shows the refusal page. */
    static final String NO_ROLE = "px_no_role";
    /** The error code of a refusal because an admin disabled the account. */
    static final String DISABLED = "px_disabled";

    private static final Logger log = LoggerFactory.getLogger(SsoSignIn.class);
    private static final int USERNAME_LENGTH = 64;
    private static final int DISPLAY_NAME_LENGTH = 120;
    private static final int EMAIL_LENGTH = 254;

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider = new OidcUserService();
    private final SsoProperties properties;
    private final AppUserRepository users;
    private final TransactionTemplate transaction;
    private final SecurityEvents securityEvents;
    private final Clock clock;

    SsoSignIn(
            SsoProperties properties,
            AppUserRepository users,
            TransactionTemplate transaction,
            SecurityEvents securityEvents,
            Clock clock) {
        this.properties = properties;
        this.users = users;
        this.transaction = transaction;
        this.securityEvents = securityEvents;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser signedIn = provider.loadUser(request);
        String providerId = request.getClientRegistration().getRegistrationId();
        SsoProperties.Provider settings = properties.providers().get(providerId);
        Set<Role> roles = SsoRoleMapping.roles(
                settings.roles(), SsoRoleMapping.groups(signedIn.getAttributes(), settings.groupsClaim()));
        AppUser user = AuditActor.as(
                "sso:" + providerId,
                () -> transaction.execute(tx -> {
                    AppUser stored = users.findBySignInProviderAndExternalSubject(providerId, signedIn.getSubject())
                            .map(existing -> {
                                existing.update(displayName(signedIn), email(signedIn), roles, existing.isEnabled());
                                return existing;
                            })
                            .orElseGet(() -> AppUser.signedInThrough(
                                    providerId,
                                    signedIn.getSubject(),
                                    freeUsername(providerId, signedIn),
                                    displayName(signedIn),
                                    email(signedIn),
                                    roles));
                    if (stored.getId() == null && roles.isEmpty()) {
                        // Nobody to remember: a refused first sign-in creates no user.
                        return stored;
                    }
                    AppUser saved = users.saveAndFlush(stored);
                    if (saved.isEnabled() && !roles.isEmpty()) {
                        users.recordSignIn(saved.getUsername(), clock.instant());
                    }
                    return saved;
                }));
        String detail = "sso:" + providerId;
        if (!user.isEnabled()) {
            refuse(user.getUsername(), detail, DISABLED);
        }
        if (roles.isEmpty()) {
            refuse(user.getUsername(), detail, NO_ROLE);
        }
        securityEvents.record(IdentityEvent.LOGIN, user.getUsername(), detail);
        log.info("{} signed in through {} as {}", user.getUsername(), providerId, roles);
        return SsoPortalUser.of(user, signedIn);
    }

    private void refuse(String username, String detail, String code) {
        // The audit view explains a refusal's reason by its code, as for the password form's refusals.
        securityEvents.record(IdentityEvent.LOGIN_FAILED, username, NO_ROLE.equals(code) ? "no-role" : "disabled");
        log.info("Sign-in of {} refused ({}): {}", username, detail, code);
        throw new OAuth2AuthenticationException(new OAuth2Error(code));
    }

    /**
     * The login name shown in the portal: the provider's preferred username, else the e-mail, else the subject; when
     * another account already has it, the same qualified with the provider's id. An existing account is never taken
     * over by a provider's user of the same name.
     */
    private String freeUsername(String providerId, OidcUser user) {
        Set<String> candidates = new LinkedHashSet<>();
        Stream.of(user.getPreferredUsername(), user.getEmail(), user.getSubject())
                .filter(name -> name != null && !name.isBlank())
                .map(String::trim)
                .forEach(name -> {
                    candidates.add(cut(name, USERNAME_LENGTH));
                    candidates.add(cut(name, USERNAME_LENGTH - providerId.length() - 1) + "@" + providerId);
                });
        return candidates.stream()
                .filter(name -> users.findByUsernameIgnoreCase(name).isEmpty())
                .findFirst()
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("px_username_taken")));
    }

    private static String displayName(OidcUser user) {
        String name = Optional.ofNullable(user.getFullName())
                .filter(n -> !n.isBlank())
                .or(() -> Optional.ofNullable(user.getGivenName())
                        .map(given -> given + " "
                                + Optional.ofNullable(user.getFamilyName()).orElse("")))
                .or(() -> Optional.ofNullable(user.getPreferredUsername()))
                .orElse(user.getSubject());
        return cut(name.trim(), DISPLAY_NAME_LENGTH);
    }

    private static String email(OidcUser user) {
        String email = user.getEmail();
        return email == null || email.isBlank() || email.length() > EMAIL_LENGTH ? null : email.trim();
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}

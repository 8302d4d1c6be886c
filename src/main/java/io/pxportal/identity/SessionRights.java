package io.pxportal.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Compares a UI session's principal with the user's row and gives the session its new rights. The row is shared by
 * every node, so a change saved on one node reaches sessions held by any other on their next request.
 */
@Component
class SessionRights {

    private final AppUserRepository users;

    SessionRights(AppUserRepository users) {
        this.users = users;
    }

    /** What the session may still be: unchanged, refreshed with new rights, or ended for a reason. */
    sealed interface Verdict {
        record Unchanged() implements Verdict {}

        record Refreshed(Authentication authentication) implements Verdict {}

        record Ended(SessionEnd reason) implements Verdict {}
    }

    @Transactional(readOnly = true)
    Verdict check(Authentication authentication, PortalUser principal) {
        Optional<SessionStamp> stamp = users.findStamp(principal.getUsername());
        if (stamp.isEmpty() || !stamp.get().enabled()) {
            return new Verdict.Ended(SessionEnd.DISABLED);
        }
        if (stamp.get().passwordStamp() != principal.passwordStamp()) {
            return new Verdict.Ended(SessionEnd.PASSWORD_CHANGED);
        }
        if (stamp.get().rightsStamp() == principal.rightsStamp()) {
            return new Verdict.Unchanged();
        }
        return users.findByUsernameIgnoreCase(principal.getUsername())
                .<Verdict>map(user -> new Verdict.Refreshed(refreshed(authentication, principal, user)))
                .orElseGet(() -> new Verdict.Ended(SessionEnd.DISABLED));
    }

    /** The authentication with the user's roles and stamps as stored now. */
    static Authentication refreshed(Authentication authentication, PortalUser principal, AppUser user) {
        PortalUser now = principal.refreshedFrom(user, authentication.getAuthorities());
        AbstractAuthenticationToken token = now instanceof SsoPortalUser sso
                        && authentication instanceof OAuth2AuthenticationToken signedIn
                ? new OAuth2AuthenticationToken(sso, now.getAuthorities(), signedIn.getAuthorizedClientRegistrationId())
                : UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities());
        token.setDetails(authentication.getDetails());
        return token;
    }

    /** Puts the authentication in this request's security context and in the HTTP session for the next ones. */
    static void install(Authentication authentication, HttpServletRequest request) {
        SecurityContext context =
                SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        HttpSession session = request == null ? null : request.getSession(false);
        if (session != null) {
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }

    /** {@link #install} for the request being served, if any (a service call outside a request only sets the context). */
    static void installInCurrentRequest(Authentication authentication) {
        HttpServletRequest request =
                RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                        ? attributes.getRequest()
                        : null;
        install(authentication, request);
    }
}

package io.pxportal.identity;

import io.pxportal.identity.events.IdentityEvent;
import io.pxportal.shared.audit.SecurityEvents;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs right after the UI session's security context is loaded: a disabled user or a changed password ends the
 * session (the request goes on as anonymous, so Vaadin sends the browser to the login page), changed roles replace
 * the session's authorities before any view or service is asked. One select by the unique username per request.
 * When the database does not answer, the session keeps the rights of its last check: the request goes on to the
 * view, which shows the error page with a reference, instead of ending in a blank refusal.
 */
final class SessionRightsFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionRightsFilter.class);

    /** Bundled static files carry no data; Vaadin's dynamic resources (downloads) are checked. */
    private static final List<String> STATIC_PREFIXES =
            List.of("/VAADIN/build/", "/VAADIN/static/", "/styles/", "/images/", "/icons/", "/favicon");

    private final SessionRights rights;
    private final SecurityEvents securityEvents;

    SessionRightsFilter(SessionRights rights, SecurityEvents securityEvents) {
        this.rights = rights;
        this.securityEvents = securityEvents;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication =
                SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser principal) {
            SessionRights.Verdict verdict;
            try {
                verdict = rights.check(authentication, principal);
            } catch (DataAccessResourceFailureException | CannotCreateTransactionException unreachable) {
                // The database is away (or its pool exhausted): the session keeps the rights of its last check and
                // the request goes on, so the view that needs the database shows the error page with its reference.
                // Nothing can be read or written meanwhile; the next request checks again.
                log.warn(
                        "Rights of {} not re-read, the database did not answer: {}",
                        principal.getUsername(),
                        unreachable.getMessage());
                verdict = new SessionRights.Verdict.Unchanged();
            }
            switch (verdict) {
                case SessionRights.Verdict.Unchanged unchanged -> {}
                case SessionRights.Verdict.Refreshed refreshed -> {
                    SessionRights.install(refreshed.authentication(), request);
                    log.info("Rights of {} re-read for their session", principal.getUsername());
                }
                case SessionRights.Verdict.Ended ended -> end(request, principal.getUsername(), ended.reason());
            }
        }
        chain.doFilter(request, response);
    }

    private void end(HttpServletRequest request, String username, SessionEnd reason) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.getContextHolderStrategy().clearContext();
        request.getSession(true).setAttribute(SessionEnd.ATTRIBUTE, reason);
        securityEvents.record(
                IdentityEvent.SESSION_ENDED, username, reason.name().toLowerCase());
        log.info("Session of {} ended: {}", username, reason);
    }
}

package io.pxportal.identity;

import io.pxportal.shared.api.ApiMessages;
import io.pxportal.shared.api.ApiProblems;
import io.pxportal.shared.ratelimit.RateLimitKind;
import io.pxportal.shared.ratelimit.RateLimited;
import io.pxportal.shared.ratelimit.RateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the API requests of each personal token, once the token is known to be valid (a request with a bad token
 * is refused by the authentication before it gets here, and counts for no one). Over the limit: 429 with
 * {@code Retry-After} and a problem in the caller's language, before the request's body is read.
 */
final class ApiRateLimitFilter extends OncePerRequestFilter {

    private static final String MESSAGE_KEY = "api.error.rate-limited";

    private final RateLimiter limiter;
    private final ApiMessages messages;

    ApiRateLimitFilter(RateLimiter limiter, ApiMessages messages) {
        this.limiter = limiter;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication =
                SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        Optional<RateLimited> refusal = authentication != null
                        && authentication.getPrincipal() instanceof OAuth2AuthenticatedPrincipal principal
                        && principal.getAttribute("token_id") != null
                ? limiter.tryAcquire(
                        RateLimitKind.API_PER_TOKEN, "#" + principal.getAttribute("token_id"), principal.getName())
                : Optional.empty();
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.get().seconds()));
        ProblemDetail problem = ApiProblems.problem(
                HttpStatus.TOO_MANY_REQUESTS,
                messages.get(request, MESSAGE_KEY, refusal.get().seconds()),
                request.getRequestURI());
        problem.setProperty(ApiProblems.MESSAGE_KEY, MESSAGE_KEY);
        ApiProblems.write(problem, response);
    }
}

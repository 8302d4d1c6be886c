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
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Counts login form posts per client address (whatever account they name) and per account (from whatever
 * address), before any password is checked; the account lock-out after wrong passwords ({@link LoginAttempts})
 * stays as it is. Over a limit, a browser is sent back to the login page, which says when to try again; any
 * other client gets 429 with {@code Retry-After} and a problem in its language.
 */
final class LoginRateLimitFilter extends LoginPostFilter {

    private static final String MESSAGE_KEY = "login.error.rate-limited";

    private final RateLimiter limiter;
    private final ApiMessages messages;
    private final AuthenticationFailureHandler backToLogin;

    LoginRateLimitFilter(String loginPath, RateLimiter limiter, ApiMessages messages) {
        super(loginPath);
        this.limiter = limiter;
        this.messages = messages;
        // The login view's own failure address: it reads the refusal from the session, as for a wrong password.
        this.backToLogin = new SimpleUrlAuthenticationFailureHandler(loginPath + "?error");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        // The account is only counted when the address is not over its limit: a flood from one address must not
        // also use up the budget of the accounts it names.
        Optional<RateLimited> refusal = limiter.tryAcquire(RateLimitKind.LOGIN_PER_IP, request.getRemoteAddr(), null)
                .or(() -> username == null || username.isBlank()
                        ? Optional.empty()
                        : limiter.tryAcquire(RateLimitKind.LOGIN_PER_ACCOUNT, username, username));
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        RateLimited limited = refusal.get();
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(limited.seconds()));
        if (isBrowser(request)) {
            backToLogin.onAuthenticationFailure(request, response, new LoginRateLimited(limited.minutes()));
            return;
        }
        ProblemDetail problem = ApiProblems.problem(
                HttpStatus.TOO_MANY_REQUESTS,
                messages.get(request, MESSAGE_KEY, limited.minutes()),
                request.getRequestURI());
        problem.setProperty(ApiProblems.MESSAGE_KEY, MESSAGE_KEY);
        ApiProblems.write(problem, response);
    }

    /** The login form's native post asks for a page; scripts and tools do not. */
    private static boolean isBrowser(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}

package io.pxportal.shared.operations;

import io.pxportal.shared.security.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the user name of the request into the log context, after Spring Security has found who is calling (a
 * session, an API token), so every line logged while the request runs says who made it.
 */
class RequestLogContextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = CurrentUser.username().orElse(null);
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        MDC.put(LogContext.USER, user);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(LogContext.USER);
        }
    }
}

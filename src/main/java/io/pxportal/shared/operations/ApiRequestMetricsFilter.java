package io.pxportal.shared.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Counts each REST API request by method and final status; a request that threw counts as a 500. */
class ApiRequestMetricsFilter extends OncePerRequestFilter {

    private final PortalMetrics metrics;

    ApiRequestMetricsFilter(PortalMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean threw = true;
        try {
            chain.doFilter(request, response);
            threw = false;
        } finally {
            metrics.apiRequest(
                    request.getMethod(), threw ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus());
        }
    }
}

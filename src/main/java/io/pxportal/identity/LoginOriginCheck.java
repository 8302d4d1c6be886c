package io.pxportal.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpHeaders;

/**
 * Refuses a login form post that a browser says came from another site: an {@code Origin} other than the portal's
 * own (scheme, host and port as the request reached the portal, proxies' forwarded headers included), or, when a
 * browser sends no {@code Origin}, {@code Sec-Fetch-Site: cross-site}. A second lock beside the CSRF token, which
 * alone already refuses a forged form; clients without a browser send neither header and are let through to it.
 */
final class LoginOriginCheck extends LoginPostFilter {

    LoginOriginCheck(String loginPath) {
        super(loginPath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isCrossSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isCrossSite(HttpServletRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null) {
            return !sameOrigin(origin, request);
        }
        return "cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"));
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        URI uri;
        try {
            uri = URI.create(origin.trim());
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
        // "null" (a sandboxed frame, a data: page) has no scheme and is never the portal.
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
                && uri.getHost().equalsIgnoreCase(request.getServerName())
                && port(scheme, uri.getPort()) == port(request.getScheme(), request.getServerPort());
    }

    private static int port(String scheme, int port) {
        if (port > 0) {
            return port;
        }
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}

package io.pxportal.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

/** A filter that only looks at the login form's post ({@code POST} to the login path), before any password is. */
abstract class LoginPostFilter extends OncePerRequestFilter {

    private final String loginPath;

    LoginPostFilter(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod())
                || !(request.getContextPath() + loginPath).equals(request.getRequestURI());
    }
}

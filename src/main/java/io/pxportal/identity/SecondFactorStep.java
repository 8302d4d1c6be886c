package io.pxportal.identity;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Runs after a right password. For an account with two-step sign-in the session is not signed in yet: the
 * authentication Spring Security just stored is taken back, the session remembers only whose code it awaits, and
 * the browser goes to the code page ({@link SecondFactorLogin}). Every other sign-in goes on as before.
 */
final class SecondFactorStep implements AuthenticationSuccessHandler {

    private final AuthenticationSuccessHandler signedIn;
    private final SecondFactorLogin secondFactor;

    SecondFactorStep(AuthenticationSuccessHandler signedIn, SecondFactorLogin secondFactor) {
        this.signedIn = signedIn;
        this.secondFactor = secondFactor;
    }

    /**
     * Puts this step in front of the success handler Vaadin gave the login form (it sends the browser back to the
     * page it asked for).
     */
    static ObjectPostProcessor<UsernamePasswordAuthenticationFilter> installer(
            HttpSecurity http, SecondFactorLogin secondFactor) {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                AuthenticationSuccessHandler vaadin =
                        http.getSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class);
                filter.setAuthenticationSuccessHandler(new SecondFactorStep(
                        vaadin != null ? vaadin : new SavedRequestAwareAuthenticationSuccessHandler(), secondFactor));
                return filter;
            }
        };
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (!(authentication.getPrincipal() instanceof PortalUser user)
                || !secondFactor.asksForCode(user.getUsername())) {
            signedIn.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        SecurityContextHolder.getContextHolderStrategy().clearContext();
        HttpSession session = request.getSession();
        session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        secondFactor.await(session, user.getUsername());
        response.sendRedirect(request.getContextPath() + "/" + SecondFactorLogin.ROUTE);
    }
}

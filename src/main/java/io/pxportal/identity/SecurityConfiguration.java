package io.pxportal.identity;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.pxportal.shared.api.ApiMessages;
import io.pxportal.shared.audit.SecurityEvents;
import io.pxportal.shared.ratelimit.RateLimiter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.DefaultLoginPageConfigurer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * Vaadin's filter chain (login view, CSRF, logout, view access checks) plus method security, so that every
 * service method checks its caller too. The REST API has a chain of its own ({@link ApiSecurityConfiguration}).
 */
@Configuration
@EnableWebSecurity
// No jsr250Enabled: views' @RolesAllowed/@PermitAll are checked by Vaadin's navigation access control, and with
// JSR-250 method security every view became a proxy, doubling the CPU cost of a navigation (docs/benchmarks.md).
@EnableMethodSecurity
class SecurityConfiguration {

    static final String LOGIN_PATH = "login";
    private static final String ARGON2 = "argon2";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            RequestUtil vaadinRequests,
            SessionRights sessionRights,
            SecurityEvents securityEvents,
            SecondFactorLogin secondFactor,
            RateLimiter rateLimiter,
            ApiMessages messages,
            SsoLogin sso)
            throws Exception {
        // Rights changed since login (on any node) take effect on the session's next request (docs/security.md).
        http.addFilterAfter(new SessionRightsFilter(sessionRights, securityEvents), SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers("/styles/**", "/images/**").permitAll());
        // The API's description is no secret and integrators should read it before they have a token; the API
        // itself still needs one (docs/security.md).
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .permitAll());
        // Calendar apps cannot log in: the renewal calendar feed's secret address is its only credential, and an
        // unknown secret answers 404 like any missing page (docs/security.md).
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers(HttpMethod.GET, "/calendar/*.ics").permitAll());
        // Vaadin exempts the login form's POST from CSRF protection, which lets another site log a visitor in to
        // an account of its choosing; here only Vaadin's own requests (which carry Vaadin's token) are exempt, the
        // login form sends Spring's token from the page's meta tags, and its Origin must be the portal's.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(new LoginOriginCheck("/" + LOGIN_PATH), CsrfFilter.class);
        // Sign-in attempts per address and per account, counted after the CSRF check and before any password is.
        http.addFilterBefore(
                new LoginRateLimitFilter("/" + LOGIN_PATH, rateLimiter, messages),
                UsernamePasswordAuthenticationFilter.class);
        http.headers(BrowserHeaders::configure);
        // A right password of an account with two-step sign-in leads to the code page, not into the portal.
        http.formLogin(form -> form.withObjectPostProcessor(SecondFactorStep.installer(http, secondFactor)));
        // Single sign-on through OpenID Connect providers, when configured (docs/deployment.md).
        sso.configure(http, "/" + LOGIN_PATH);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LOGIN_PATH).enableCsrfConfiguration(false);
            sso.logoutSuccessHandler("/" + LOGIN_PATH).ifPresent(vaadin::logoutSuccessHandler);
        });
        // The portal's own login view is the only login page: with form login set up before Vaadin names its view
        // and a provider's login beside it, Spring Security would otherwise serve its generated page at /login.
        removeDefaultLoginPage(http);
        return http.build();
    }

    // The configurer's class literal can only be raw (DefaultLoginPageConfigurer<H>), so the call is unchecked.
    @SuppressWarnings("unchecked")
    private static void removeDefaultLoginPage(HttpSecurity http) {
        http.removeConfigurer(DefaultLoginPageConfigurer.class);
    }

    /**
     * Argon2id for new passwords (no length limit a person can reach, unlike bcrypt's 72 bytes); hashes of other
     * algorithms still match and are re-hashed at the next login ({@link PortalUserDetailsService#updatePassword}).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        encoders.put(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        return new DelegatingPasswordEncoder(ARGON2, encoders);
    }
}

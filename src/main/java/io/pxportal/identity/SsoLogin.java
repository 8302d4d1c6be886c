package io.pxportal.identity;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Single sign-on with the OpenID Connect providers of {@link SsoProperties}: the authorization code flow with PKCE
 * for every client (confidential ones too), users from {@link SsoSignIn}, and a logout that ends the provider's
 * session as well where the provider offers RP-initiated logout. Without a provider the UI's chain is unchanged.
 */
@Configuration
@EnableConfigurationProperties(SsoProperties.class)
class SsoLogin {

    static final String AUTHORIZATION_PATH = "oauth2/authorization";
    /** The route of the page that explains a refusal for want of a mapped group. */
    static final String REFUSED_PATH = "login/refused";

    private static final List<String> SCOPES = List.of("openid", "profile", "email");

    private final SsoProperties properties;
    private final SsoSignIn signIn;
    private ClientRegistrationRepository registrations;

    SsoLogin(SsoProperties properties, SsoSignIn signIn) {
        this.properties = properties;
        this.signIn = signIn;
    }

    /** Adds the providers' login to the UI's chain, and refuses the password form when it is switched off. */
    void configure(HttpSecurity http, String loginPath) throws Exception {
        if (!properties.localLogin()) {
            http.addFilterBefore(new LocalLoginOff(loginPath), CsrfFilter.class);
        }
        if (properties.providers().isEmpty()) {
            return;
        }
        DefaultOAuth2AuthorizationRequestResolver requests =
                new DefaultOAuth2AuthorizationRequestResolver(registrations(), "/" + AUTHORIZATION_PATH);
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.oauth2Login(login -> login.loginPage(loginPath)
                .clientRegistrationRepository(registrations())
                // The provider's tokens live in the session, not in a node's memory: nothing to clean up, and
                // several nodes serve the same session.
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(signIn))
                .failureHandler(failureHandler(loginPath)));
    }

    /** Ends the provider's session too after the portal's own, then comes back to the login page. */
    Optional<LogoutSuccessHandler> logoutSuccessHandler(String loginPath) {
        if (properties.providers().isEmpty()) {
            return Optional.empty();
        }
        // Providers without an end_session_endpoint: only the portal's session ends, as with a password login.
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations());
        handler.setPostLogoutRedirectUri("{baseUrl}" + loginPath);
        handler.setDefaultTargetUrl(loginPath);
        // Vaadin logs out inside a UI request, whose browser leaves for the provider only by the UI's own redirect.
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        return Optional.of(handler);
    }

    /** Reads each provider's discovery document once, when the chain is built. */
    private synchronized ClientRegistrationRepository registrations() {
        if (registrations == null) {
            registrations = new InMemoryClientRegistrationRepository(properties.providers().entrySet().stream()
                    .map(e -> registration(e.getKey(), e.getValue()))
                    .toList());
        }
        return registrations;
    }

    static ClientRegistration registration(String id, SsoProperties.Provider provider) {
        ClientRegistration.Builder builder = ClientRegistrations.fromIssuerLocation(provider.issuerUri())
                .registrationId(id)
                .clientId(provider.clientId())
                .clientName(provider.label(id))
                .scope(SCOPES)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}");
        return provider.isPublicClient()
                ? builder.clientSecret(null)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                        .build()
                : builder.clientSecret(provider.clientSecret()).build();
    }

    /**
     * A user with no mapped group goes to the refusal page; a disabled account to the login page's own message;
     * anything else (the user cancelled at the provider, a bad token) to the login page's sign-in error.
     */
    private static AuthenticationFailureHandler failureHandler(String loginPath) {
        return (request, response, exception) -> {
            String code = exception instanceof OAuth2AuthenticationException oauth
                    ? oauth.getError().getErrorCode()
                    : "";
            String registrationId =
                    request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
            if (SsoSignIn.NO_ROLE.equals(code)) {
                response.sendRedirect(request.getContextPath() + "/" + REFUSED_PATH + "?provider="
                        + (registrationId.matches("[A-Za-z0-9_-]+") ? registrationId : ""));
                return;
            }
            request.getSession()
                    .setAttribute(
                            WebAttributes.AUTHENTICATION_EXCEPTION,
                            SsoSignIn.DISABLED.equals(code) ? new DisabledException("disabled", exception) : exception);
            response.sendRedirect(request.getContextPath() + loginPath + "?error");
        };
    }

    /** Refuses the password form's post where only the providers' sign-in is allowed. */
    private static final class LocalLoginOff extends OncePerRequestFilter {

        private final String loginPath;

        LocalLoginOff(String loginPath) {
            this.loginPath = loginPath;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !HttpMethod.POST.matches(request.getMethod())
                    || !(request.getContextPath() + loginPath).equals(request.getRequestURI());
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}

package io.pxportal.identity;

import io.pxportal.identity.ApiTokenIntrospector.RejectedToken;
import io.pxportal.shared.api.ApiMessages;
import io.pxportal.shared.api.ApiProblems;
import io.pxportal.shared.ratelimit.RateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The filter chain of the REST API ({@code /api/**}), in front of Vaadin's: no session and no CSRF token (a
 * client proves itself on every request with {@code Authorization: Bearer <personal API token>}, which a browser
 * never sends by itself, so there is nothing to forge). Reading needs a read or write token, anything else a
 * write token; what the owner's roles allow is decided by the services as for the UI. Refusals are problem
 * details, 401 with {@code WWW-Authenticate: Bearer}.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String API_PATHS = "/api/**";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(
            HttpSecurity http, ApiTokenIntrospector introspector, ApiMessages messages, RateLimiter rateLimiter)
            throws Exception {
        AuthenticationEntryPoint unauthorized = unauthorized(messages);
        AccessDeniedHandler forbidden = forbidden(messages);
        http.securityMatcher(API_PATHS)
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, API_PATHS)
                        .hasAuthority(ApiTokenIntrospector.SCOPE_READ)
                        .requestMatchers(HttpMethod.HEAD, API_PATHS)
                        .hasAuthority(ApiTokenIntrospector.SCOPE_READ)
                        .anyRequest()
                        .hasAuthority(ApiTokenIntrospector.SCOPE_WRITE))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .opaqueToken(opaque -> opaque.introspector(introspector))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
        // Per token, so right after the token is checked and before the request does any work.
        http.addFilterAfter(new ApiRateLimitFilter(rateLimiter, messages), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /** 401: a bearer challenge (with the reason for a refused token) and a problem as body. */
    private static AuthenticationEntryPoint unauthorized(ApiMessages messages) {
        return (request, response, exception) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge(exception));
            String reason = reasonKey(exception);
            ProblemDetail problem = ApiProblems.problem(
                    HttpStatus.UNAUTHORIZED, messages.get(request, reason), request.getRequestURI());
            problem.setProperty(ApiProblems.MESSAGE_KEY, reason);
            ApiProblems.write(problem, response);
        };
    }

    /**
     * The challenge of RFC 6750, written here rather than by Spring's {@code BearerTokenAuthenticationEntryPoint},
     * which also advertises OAuth protected-resource metadata that a portal without authorization server lacks.
     */
    static String challenge(AuthenticationException exception) {
        if (exception instanceof OAuth2AuthenticationException oauth) {
            OAuth2Error error = oauth.getError();
            return "Bearer error=\"" + error.getErrorCode() + "\""
                    + (error.getDescription() == null
                            ? ""
                            : ", error_description=\"" + error.getDescription().replace("\"", "'") + "\"");
        }
        return "Bearer";
    }

    private static String reasonKey(AuthenticationException exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof RejectedToken rejected) {
                return rejected.messageKey();
            }
        }
        return "api.auth.required";
    }

    /** 403 at the door: the token's scope does not cover the request (e.g. a read token that POSTs). */
    private static AccessDeniedHandler forbidden(ApiMessages messages) {
        return (request, response, exception) -> {
            response.setHeader(
                    HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer error=\"insufficient_scope\", "
                            + "error_description=\"This request needs a token with the write scope\", scope=\"write\"");
            ProblemDetail problem = ApiProblems.problem(
                    HttpStatus.FORBIDDEN,
                    messages.get(request, "api.auth.insufficient-scope"),
                    request.getRequestURI());
            problem.setProperty(ApiProblems.MESSAGE_KEY, "api.auth.insufficient-scope");
            ApiProblems.write(problem, response);
        };
    }
}

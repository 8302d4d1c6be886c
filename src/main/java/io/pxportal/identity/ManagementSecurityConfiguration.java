package io.pxportal.identity;

import io.pxportal.shared.security.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2TokenIntrospectionClaimNames;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The filter chain of the actuator endpoints. They are served on the management port only
 * ({@code management.server.port}, 8081 by default), and {@link EndpointRequest} matches a request only when it
 * came in on that port, so nothing of this chain (and no endpoint) is reachable through the portal's own port.
 * Health and its probes are open, for load balancers and Kubernetes; everything else (info, metrics, the Prometheus
 * scrape) needs a bearer token: the scrape token ({@code PX_METRICS_TOKEN}) or an admin's personal API token. No
 * session, no form, no password: a password sent here would bypass the two-step sign-in.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfiguration {

    /** The authority of the scrape token. */
    static final String METRICS_SCRAPE = "METRICS_SCRAPE";

    static final String SCRAPER = "metrics-scraper";

    @Bean
    @Order(0)
    SecurityFilterChain managementSecurityFilterChain(
            HttpSecurity http, ApiTokenIntrospector personalTokens, IdentityProperties properties) throws Exception {
        String scrapeToken = properties.metrics().token();
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                        .permitAll()
                        .anyRequest()
                        .hasAnyAuthority(Role.ADMIN.authority(), METRICS_SCRAPE))
                .oauth2ResourceServer(resourceServer -> resourceServer.opaqueToken(
                        opaque -> opaque.introspector(new ScrapeTokenIntrospector(scrapeToken, personalTokens))))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /**
     * The scrape token, compared in constant time, or else a personal API token (whose owner's roles then decide).
     * An empty scrape token switches it off: only admins' tokens are accepted.
     */
    static final class ScrapeTokenIntrospector implements OpaqueTokenIntrospector {

        private final byte[] scrapeToken;
        private final OpaqueTokenIntrospector personalTokens;

        ScrapeTokenIntrospector(String scrapeToken, OpaqueTokenIntrospector personalTokens) {
            this.scrapeToken = scrapeToken == null || scrapeToken.isBlank()
                    ? null
                    : scrapeToken.strip().getBytes(StandardCharsets.UTF_8);
            this.personalTokens = personalTokens;
        }

        @Override
        public OAuth2AuthenticatedPrincipal introspect(String token) {
            if (scrapeToken != null && MessageDigest.isEqual(scrapeToken, token.getBytes(StandardCharsets.UTF_8))) {
                return new DefaultOAuth2AuthenticatedPrincipal(
                        SCRAPER,
                        Map.of(OAuth2TokenIntrospectionClaimNames.SUB, SCRAPER),
                        List.of(new SimpleGrantedAuthority(METRICS_SCRAPE)));
            }
            return personalTokens.introspect(token);
        }
    }
}

package io.pxportal.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What identity reads from the configuration (docs/deployment.md): the first administrator ({@code px.admin.*}),
 * the metrics scrape token ({@code px.metrics.token}) and the demo users' password ({@code px.demo.password}).
 *
 * @param admin   the first administrator, created only while the database has no user
 * @param metrics the bearer token Prometheus scrapes the management port with; blank: only admins' API tokens
 * @param demo    the demo profile's logins
 */
@ConfigurationProperties("px")
record IdentityProperties(
        @DefaultValue Admin admin,
        @DefaultValue Metrics metrics,
        @DefaultValue Demo demo) {

    /**
     * @param username the first administrator's login name; blank: the setup page asks for one
     * @param password their password (at least 12 characters, checked when the account is created)
     */
    record Admin(
            @DefaultValue("") String username,
            @DefaultValue("") String password) {}

    /** @param token the scrape token; blank: none */
    record Metrics(@DefaultValue("") String token) {}

    /** @param password the one password of every demo user; the demo profile sets it, the demo data needs it */
    record Demo(String password) {}
}

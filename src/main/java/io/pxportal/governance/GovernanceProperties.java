package io.pxportal.governance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code px.alerts.*} as governance reads it (docs/deployment.md); the scan's and the digest's times are the cron
 * properties of their scheduled jobs.
 *
 * @param digestFrom the sender address of the daily alert digest
 */
@ConfigurationProperties("px.alerts")
record GovernanceProperties(
        @DefaultValue("px-portal@localhost") String digestFrom) {

    GovernanceProperties {
        if (digestFrom.isBlank() || !digestFrom.contains("@")) {
            throw new IllegalArgumentException(
                    "px.alerts.digest-from must be an e-mail address, not '" + digestFrom + "'");
        }
    }
}

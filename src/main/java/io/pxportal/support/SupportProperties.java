package io.pxportal.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code px.alerts.*} as support reads it (docs/deployment.md); the re-timing of tickets is the cron property of its
 * scheduled job.
 *
 * @param creditLeadDays how many days before a service credit's claim window closes its alert is raised
 */
@ConfigurationProperties("px.alerts")
record SupportProperties(@DefaultValue("14") int creditLeadDays) {

    SupportProperties {
        if (creditLeadDays < 0) {
            throw new IllegalArgumentException("px.alerts.credit-lead-days cannot be negative: " + creditLeadDays);
        }
    }
}

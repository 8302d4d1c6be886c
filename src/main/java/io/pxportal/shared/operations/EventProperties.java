package io.pxportal.shared.operations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code px.events.*} (docs/deployment.md, <em>Events between modules</em>); the redelivery's schedule is the cron
 * property of its job.
 *
 * @param retryAfter how old an incomplete event publication must be before the scheduled redelivery sends it again
 */
@ConfigurationProperties("px.events")
record EventProperties(@DefaultValue("PT5M") Duration retryAfter) {

    EventProperties {
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("px.events.retry-after cannot be negative: " + retryAfter);
        }
    }
}

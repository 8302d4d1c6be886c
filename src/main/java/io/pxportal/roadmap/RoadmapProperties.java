package io.pxportal.roadmap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code px.roadmap.*} (docs/deployment.md).
 *
 * @param alerts the roadmap's alerts
 */
@ConfigurationProperties("px.roadmap")
record RoadmapProperties(@DefaultValue Alerts alerts) {

    /**
     * @param heavyShare an objective with at least this share (above 0, at most 1) of the quarter's total weight is
     *                   heavy: an item supporting it that is delayed or dropped raises an alert
     */
    record Alerts(@DefaultValue("0.15") double heavyShare) {

        Alerts {
            if (!(heavyShare > 0 && heavyShare <= 1)) {
                throw new IllegalArgumentException(
                        "px.roadmap.alerts.heavy-share must be above 0 and at most 1, not " + heavyShare);
            }
        }
    }
}

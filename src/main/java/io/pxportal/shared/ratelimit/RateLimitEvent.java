package io.pxportal.shared.ratelimit;

import io.pxportal.shared.audit.SecurityEventKind;

/** The rate limiter's security event. */
public enum RateLimitEvent implements SecurityEventKind {
    /**
     * A rate limit refused requests (recorded at most once per key and period; the detail names the limit and key).
     */
    RATE_LIMITED
}

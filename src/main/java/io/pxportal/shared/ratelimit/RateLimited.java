package io.pxportal.shared.ratelimit;

import java.time.Duration;

/** A refused request: which limit, and how long until the next one is allowed. */
public record RateLimited(RateLimitKind kind, Duration retryAfter) {

    /** Whole seconds to wait, rounded up, at least 1: the {@code Retry-After} header's value. */
    public long seconds() {
        return Math.max(1, (retryAfter.toNanos() + 999_999_999L) / 1_000_000_000L);
    }

    /** Whole minutes to wait, rounded up, at least 1: what a person is told. */
    public long minutes() {
        return Math.max(1, (seconds() + 59) / 60);
    }
}

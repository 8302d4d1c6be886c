package io.pxportal.shared.ratelimit;

import io.pxportal.shared.domain.DomainException;

/**
 * A service refused work over a rate limit. The message's argument is the minutes to wait; the API answers 429
 * with {@code Retry-After}.
 */
public class RateLimitedException extends DomainException {

    private final RateLimited refusal;

    public RateLimitedException(String messageKey, RateLimited refusal) {
        super(messageKey, refusal.minutes());
        this.refusal = refusal;
    }

    public RateLimited refusal() {
        return refusal;
    }
}

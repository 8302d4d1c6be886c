package io.pxportal.shared.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code px.rate-limit.*}: each limit allows {@code requests} per {@code per} (refilled evenly over the period);
 * a limit with 0 requests is off, and {@code enabled=false} turns all off. {@code max-keys} bounds how many
 * addresses, accounts, tokens or users each limit remembers (docs/deployment.md).
 */
@ConfigurationProperties("px.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        Limit loginPerIp,
        Limit loginPerAccount,
        Limit apiPerToken,
        Limit importsPerUser,
        @DefaultValue("10000") int maxKeys) {

    static final Limit LOGIN_PER_IP = new Limit(30, Duration.ofMinutes(1));
    static final Limit LOGIN_PER_ACCOUNT = new Limit(10, Duration.ofMinutes(15));
    static final Limit API_PER_TOKEN = new Limit(600, Duration.ofMinutes(1));
    static final Limit IMPORTS_PER_USER = new Limit(30, Duration.ofHours(1));

    public RateLimitProperties {
        loginPerIp = Limit.orDefault(loginPerIp, LOGIN_PER_IP);
        loginPerAccount = Limit.orDefault(loginPerAccount, LOGIN_PER_ACCOUNT);
        apiPerToken = Limit.orDefault(apiPerToken, API_PER_TOKEN);
        importsPerUser = Limit.orDefault(importsPerUser, IMPORTS_PER_USER);
        if (maxKeys < 1) {
            throw new IllegalArgumentException("px.rate-limit.max-keys must be at least 1, not " + maxKeys);
        }
    }

    /** The defaults, as documented. */
    public static RateLimitProperties defaults() {
        return new RateLimitProperties(true, null, null, null, null, 10_000);
    }

    /** The limit of one kind. */
    public Limit limit(RateLimitKind kind) {
        return switch (kind) {
            case LOGIN_PER_IP -> loginPerIp;
            case LOGIN_PER_ACCOUNT -> loginPerAccount;
            case API_PER_TOKEN -> apiPerToken;
            case IMPORTS_PER_USER -> importsPerUser;
        };
    }

    /** {@code requests} per {@code per}; either may be left out in the configuration to keep its default. */
    public record Limit(Integer requests, Duration per) {

        public Limit {
            if (requests != null && requests < 0) {
                throw new IllegalArgumentException("A rate limit's requests cannot be negative: " + requests);
            }
            if (per != null && (per.isZero() || per.isNegative())) {
                throw new IllegalArgumentException("A rate limit's period must be positive: " + per);
            }
        }

        public boolean isOff() {
            return requests == 0;
        }

        private static Limit orDefault(Limit given, Limit fallback) {
            return given == null
                    ? fallback
                    : new Limit(
                            given.requests() == null ? fallback.requests() : given.requests(),
                            given.per() == null ? fallback.per() : given.per());
        }
    }
}

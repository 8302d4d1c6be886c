package io.pxportal.shared.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.pxportal.shared.audit.SecurityEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts requests per key (an IP address, an account, a token, a user) in token buckets held in this node's
 * memory. Each kind keeps at most {@code max-keys} buckets, the least recently used going first, so that an
 * attacker who rotates usernames or addresses cannot exhaust memory. Time comes from the portal's {@link Clock}.
 */
@Component
public class RateLimiter {

    /** Keys are cut to this length: a key is a name or an address, and a megabyte "username" must not be stored. */
    static final int MAX_KEY_LENGTH = 100;

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

    private final RateLimitProperties properties;
    private final SecurityEvents securityEvents;
    private final TimeMeter time;
    private final Map<RateLimitKind, Map<String, Counter>> counters = new EnumMap<>(RateLimitKind.class);

    RateLimiter(RateLimitProperties properties, SecurityEvents securityEvents, Clock clock) {
        this.properties = properties;
        this.securityEvents = securityEvents;
        this.time = new ClockTimeMeter(clock);
        for (RateLimitKind kind : RateLimitKind.values()) {
            counters.put(kind, bounded(properties.maxKeys()));
        }
    }

    /**
     * Counts one request of {@code key} against the limit of {@code kind}; empty when it is allowed, otherwise how
     * long to wait. The first refusal of a key in each period is recorded as a security event of {@code username}
     * (or "?" when the caller is not known, e.g. a sign-in from an address).
     */
    public Optional<RateLimited> tryAcquire(RateLimitKind kind, String key, String username) {
        RateLimitProperties.Limit limit = properties.limit(kind);
        if (!properties.enabled() || limit.isOff() || key == null) {
            return Optional.empty();
        }
        String normalized = normalize(key);
        Counter counter = counter(kind, normalized, limit);
        ConsumptionProbe probe = counter.bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        RateLimited refusal = new RateLimited(kind, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        if (counter.firstRefusalOfWindow(time.currentTimeNanos(), limit.per())) {
            log.warn("Rate limit {} reached for {}", kind.code(), normalized);
            securityEvents.record(RateLimitEvent.RATE_LIMITED, username, kind.code() + ": " + normalized);
        }
        return Optional.of(refusal);
    }

    /**
     * Like {@link #tryAcquire}, for services: a refusal is a {@link RateLimitedException} with the given message
     * key, whose argument is the minutes to wait.
     */
    public void acquire(RateLimitKind kind, String key, String username, String messageKey) {
        tryAcquire(kind, key, username).ifPresent(refusal -> {
            throw new RateLimitedException(messageKey, refusal);
        });
    }

    private Counter counter(RateLimitKind kind, String key, RateLimitProperties.Limit limit) {
        Map<String, Counter> ofKind = counters.get(kind);
        synchronized (ofKind) {
            return ofKind.computeIfAbsent(
                    key,
                    k -> new Counter(Bucket.builder()
                            .addLimit(l -> l.capacity(limit.requests()).refillGreedy(limit.requests(), limit.per()))
                            .withCustomTimePrecision(time)
                            .build()));
        }
    }

    /** Case and surrounding blanks do not make another account; very long keys are cut. */
    private static String normalize(String key) {
        String trimmed = key.strip().toLowerCase(Locale.ROOT);
        return trimmed.length() > MAX_KEY_LENGTH ? trimmed.substring(0, MAX_KEY_LENGTH) : trimmed;
    }

    /** Least recently used first out, once more than {@code max} keys are held. */
    private static Map<String, Counter> bounded(int max) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Counter> eldest) {
                return size() > max;
            }
        };
    }

    /** How many keys of a kind are held now (bounded by max-keys). */
    int size(RateLimitKind kind) {
        Map<String, Counter> ofKind = counters.get(kind);
        synchronized (ofKind) {
            return ofKind.size();
        }
    }

    /** A key's bucket, and until when its refusals are already in the audit trail. */
    private static final class Counter {

        private final Bucket bucket;
        private long auditedUntil = Long.MIN_VALUE;

        Counter(Bucket bucket) {
            this.bucket = bucket;
        }

        /** One audit entry per key and period: a flood of refused requests must not flood the audit trail. */
        synchronized boolean firstRefusalOfWindow(long now, Duration period) {
            if (auditedUntil != Long.MIN_VALUE && now < auditedUntil) {
                return false;
            }
            auditedUntil = now + period.toNanos();
            return true;
        }
    }

    /** Bucket4j's time from the portal's clock, so that tests move time instead of sleeping. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}

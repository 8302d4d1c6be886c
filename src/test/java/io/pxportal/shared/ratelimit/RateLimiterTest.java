package io.pxportal.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.pxportal.shared.audit.SecurityEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The limiter with the documented defaults and a clock the test moves: no sleeping. */
class RateLimiterTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final SecurityEvents audit = mock(SecurityEvents.class);

    private RateLimiter limiter(RateLimitProperties properties) {
        return new RateLimiter(properties, audit, clock);
    }

    private static RateLimitProperties bind(Map<String, String> configuration) {
        return new Binder(new MapConfigurationPropertySource(configuration))
                .bindOrCreate("px.rate-limit", RateLimitProperties.class);
    }

    @Test
    void the_defaults_are_those_documented_and_bind_from_an_empty_configuration() {
        RateLimitProperties defaults = bind(Map.of());

        assertThat(defaults).isEqualTo(RateLimitProperties.defaults());
        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.loginPerIp()).isEqualTo(new RateLimitProperties.Limit(30, Duration.ofMinutes(1)));
        assertThat(defaults.loginPerAccount()).isEqualTo(new RateLimitProperties.Limit(10, Duration.ofMinutes(15)));
        assertThat(defaults.apiPerToken()).isEqualTo(new RateLimitProperties.Limit(600, Duration.ofMinutes(1)));
        assertThat(defaults.importsPerUser()).isEqualTo(new RateLimitProperties.Limit(30, Duration.ofHours(1)));
        assertThat(defaults.maxKeys()).isEqualTo(10_000);
    }

    @Test
    void a_limit_given_in_part_keeps_the_default_of_the_rest_and_a_negative_one_is_refused() {
        RateLimitProperties properties = bind(
                Map.of("px.rate-limit.api-per-token.requests", "100", "px.rate-limit.imports-per-user.per", "10m"));

        assertThat(properties.apiPerToken()).isEqualTo(new RateLimitProperties.Limit(100, Duration.ofMinutes(1)));
        assertThat(properties.importsPerUser()).isEqualTo(new RateLimitProperties.Limit(30, Duration.ofMinutes(10)));
        assertThatThrownBy(() -> bind(Map.of("px.rate-limit.login-per-ip.requests", "-1")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_login_flood_from_one_address_is_refused_after_the_limit_while_another_address_goes_on() {
        RateLimiter limiter = limiter(RateLimitProperties.defaults());
        for (int i = 0; i < 30; i++) {
            assertThat(limiter.tryAcquire(RateLimitKind.LOGIN_PER_IP, "203.0.113.7", null))
                    .isEmpty();
        }

        Optional<RateLimited> refused = limiter.tryAcquire(RateLimitKind.LOGIN_PER_IP, "203.0.113.7", null);

        assertThat(refused).isPresent();
        // 30 a minute, refilled evenly: the next attempt is allowed two seconds later.
        assertThat(refused.get().seconds()).isEqualTo(2);
        assertThat(refused.get().minutes()).isEqualTo(1);
        assertThat(limiter.tryAcquire(RateLimitKind.LOGIN_PER_IP, "198.51.100.4", null))
                .isEmpty();
    }

    @Test
    void a_refused_key_is_allowed_again_once_its_wait_is_over_and_not_before() {
        RateLimiter limiter = limiter(RateLimitProperties.defaults());
        for (int i = 0; i < 30; i++) {
            limiter.tryAcquire(RateLimitKind.IMPORTS_PER_USER, "analyst", "analyst");
        }
        RateLimited refused = limiter.tryAcquire(RateLimitKind.IMPORTS_PER_USER, "analyst", "analyst")
                .orElseThrow();
        assertThat(refused.minutes()).isEqualTo(2);

        clock.move(refused.retryAfter().minusSeconds(1));
        assertThat(limiter.tryAcquire(RateLimitKind.IMPORTS_PER_USER, "analyst", "analyst"))
                .isPresent();

        clock.move(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire(RateLimitKind.IMPORTS_PER_USER, "analyst", "analyst"))
                .isEmpty();
        assertThat(limiter.tryAcquire(RateLimitKind.IMPORTS_PER_USER, "analyst", "analyst"))
                .isPresent();
    }

    @Test
    void an_api_token_gets_600_requests_a_minute_and_an_account_is_one_whatever_its_case() {
        RateLimiter limiter = limiter(RateLimitProperties.defaults());
        for (int i = 0; i < 600; i++) {
            assertThat(limiter.tryAcquire(RateLimitKind.API_PER_TOKEN, "#7", "integrator"))
                    .isEmpty();
        }
        assertThat(limiter.tryAcquire(RateLimitKind.API_PER_TOKEN, "#7", "integrator"))
                .isPresent();
        assertThat(limiter.tryAcquire(RateLimitKind.API_PER_TOKEN, "#8", "integrator"))
                .isEmpty();

        for (int i = 0; i < 10; i++) {
            limiter.tryAcquire(RateLimitKind.LOGIN_PER_ACCOUNT, i % 2 == 0 ? "Steering" : " steering ", "x");
        }
        assertThat(limiter.tryAcquire(RateLimitKind.LOGIN_PER_ACCOUNT, "STEERING", "x"))
                .isPresent();
    }

    @Test
    void a_flood_of_refusals_is_audited_once_per_key_and_period() {
        RateLimiter limiter = limiter(RateLimitProperties.defaults());
        for (int i = 0; i < 200; i++) {
            limiter.tryAcquire(RateLimitKind.LOGIN_PER_IP, "203.0.113.9", null);
        }
        verify(audit, times(1)).record(eq(RateLimitEvent.RATE_LIMITED), isNull(), eq("login-per-ip: 203.0.113.9"));

        clock.move(Duration.ofMinutes(1));
        for (int i = 0; i < 200; i++) {
            limiter.tryAcquire(RateLimitKind.LOGIN_PER_IP, "203.0.113.9", null);
        }
        verify(audit, times(2)).record(eq(RateLimitEvent.RATE_LIMITED), isNull(), eq("login-per-ip: 203.0.113.9"));
    }

    @Test
    void usernames_rotated_by_the_thousand_keep_no_more_buckets_than_max_keys() {
        RateLimiter limiter = limiter(new RateLimitProperties(true, null, null, null, null, 100));

        for (int i = 0; i < 5_000; i++) {
            limiter.tryAcquire(RateLimitKind.LOGIN_PER_ACCOUNT, "guess" + i, "guess" + i);
        }
        limiter.tryAcquire(RateLimitKind.LOGIN_PER_ACCOUNT, "x".repeat(1_000_000), "x");

        assertThat(limiter.size(RateLimitKind.LOGIN_PER_ACCOUNT)).isEqualTo(100);
    }

    @Test
    void limits_can_be_turned_off_all_at_once_or_one_by_one() {
        RateLimiter off = limiter(bind(Map.of("px.rate-limit.enabled", "false")));
        RateLimiter noImportLimit = limiter(bind(Map.of("px.rate-limit.imports-per-user.requests", "0")));
        for (int i = 0; i < 1_000; i++) {
            assertThat(off.tryAcquire(RateLimitKind.LOGIN_PER_IP, "203.0.113.1", null))
                    .isEmpty();
            assertThat(noImportLimit.tryAcquire(RateLimitKind.IMPORTS_PER_USER, "admin", "admin"))
                    .isEmpty();
        }
        verify(audit, times(0)).record(eq(RateLimitEvent.RATE_LIMITED), anyString(), anyString());
    }

    @Test
    void a_service_refusal_is_a_domain_error_with_the_minutes_to_wait() {
        RateLimiter limiter = limiter(bind(Map.of("px.rate-limit.imports-per-user.requests", "1")));
        limiter.acquire(RateLimitKind.IMPORTS_PER_USER, "admin", "admin", "import.rate-limited");

        assertThatThrownBy(
                        () -> limiter.acquire(RateLimitKind.IMPORTS_PER_USER, "admin", "admin", "import.rate-limited"))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.rate-limited");
                    assertThat(e.arguments()).containsExactly(60L);
                    assertThat(e.refusal().seconds()).isEqualTo(3600);
                });
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

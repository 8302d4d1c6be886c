package io.pxportal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The portal's clock stopped at one moment, for tests whose outcome would otherwise depend on the day they run
 * (a claim window that closes on the last days of a month, a quarter that turns); {@link FixedClockPortalTest}
 * brings it in, and the demo data is then built around that moment too. The moment is {@link #NOW} unless
 * {@code test.fixed-clock} names another instant, e.g. to replay the last day of a month.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClockConfiguration {

    /** Mid-month on a weekday: last month's claim windows are open and no quarter turns nearby. */
    public static final String NOW = "2026-06-17T09:00:00Z";

    @Bean
    @Primary
    Clock fixedClock(@Value("${test.fixed-clock:" + NOW + "}") Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }
}

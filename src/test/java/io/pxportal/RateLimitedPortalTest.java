package io.pxportal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portal with the demo data and rate limits low enough to reach in a few requests, in a JVM of its own (the
 * surefire execution "rate-limits"): the shared test context raises the limits, and a second Spring context in
 * its JVM would swap Vaadin's static security-context strategy under the view tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "px.rate-limit.login-per-ip.requests=5", "px.rate-limit.login-per-ip.per=1h",
            "px.rate-limit.login-per-account.requests=3", "px.rate-limit.login-per-account.per=1h",
            "px.rate-limit.api-per-token.requests=3", "px.rate-limit.api-per-token.per=1h",
            "px.rate-limit.imports-per-user.requests=2", "px.rate-limit.imports-per-user.per=1h"
        })
@ActiveProfiles({"demo", "test"})
@Tag("rate-limits")
public @interface RateLimitedPortalTest {}

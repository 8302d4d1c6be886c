package io.pxportal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link PortalIntegrationTest}'s portal with the demo data, but with the portal's clock stopped at
 * {@link FixedClockConfiguration#NOW}, for tests whose outcome would otherwise depend on the day they run. All such
 * tests share one Spring context on an in-memory H2 of their own; tagged so that the build runs them in a JVM of
 * their own (pom.xml, surefire execution "fixed-clock"): a second context in one JVM installs its own
 * security-context strategy, and the first context's method security would no longer see the signed-in user.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = "spring.datasource.url=jdbc:h2:mem:pxfixedclock;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"demo", "test"})
@Import(FixedClockConfiguration.class)
@Tag("fixed-clock")
public @interface FixedClockPortalTest {}

package io.pxportal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole portal as a new customer starts it: Flyway applied on its own in-memory H2, no demo data, security
 * on. All such tests share one Spring context (separate from {@link PortalIntegrationTest}'s), so a test that
 * writes must leave the portal as empty as it found it or use names no other test uses. Tagged so that the build runs
 * them in a JVM of their own (pom.xml, surefire execution "empty-portal").
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = "spring.datasource.url=jdbc:h2:mem:pxempty;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Tag("empty-portal")
public @interface EmptyPortalTest {}

package io.pxportal;

import io.pxportal.counts.StatementCounter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portal with the demo data on an in-memory H2 of its own, its data source counting the SQL statements each
 * thread sends ({@link StatementCounter}). The tests add platforms with everything that hangs on them, so they run
 * in a JVM of their own (pom.xml, surefire execution "statement-counts"): the shared demo context's tests count
 * records these would add.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = "spring.datasource.url=jdbc:h2:mem:pxcounts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"demo", "test"})
@Import(StatementCounter.class)
@Tag("statement-counts")
public @interface StatementCountTest {}

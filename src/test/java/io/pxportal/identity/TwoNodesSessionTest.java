package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.PxPortalApplication;
import io.pxportal.TestLogins;
import io.pxportal.shared.security.Role;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * Two portal nodes on one database, as behind a load balancer with sticky sessions: the shared test context is node A,
 * a second application context on the same in-memory H2 is node B. A user disabled through node A is refused by
 * node B on the session's next request.
 */
@PortalIntegrationTest
class TwoNodesSessionTest {

    static ConfigurableApplicationContext nodeB;

    /** Vaadin installs its context holder globally per application; each node keeps its own, as in its own JVM. */
    static SecurityContextHolderStrategy strategyOfA;

    static SecurityContextHolderStrategy strategyOfB;

    @Autowired
    ApplicationContext nodeA;

    @Autowired
    UserAdminService userAdminOnA;

    @BeforeAll
    static void startNodeB(@Autowired Environment environment) {
        strategyOfA = SecurityContextHolder.getContextHolderStrategy();
        nodeB = new SpringApplicationBuilder(PxPortalApplication.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(ApplicationContextFactory.of(GenericWebApplicationContext::new))
                .initializers(
                        context -> ((GenericWebApplicationContext) context).setServletContext(new MockServletContext()))
                .profiles("test")
                .properties(
                        "spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "spring.jmx.enabled=false",
                        "px.scheduling.enabled=false")
                .run();
        strategyOfB = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(strategyOfA);
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
        SecurityContextHolder.setContextHolderStrategy(strategyOfA);
    }

    /** Runs requests as node B's JVM would: with node B's security context holder. */
    private static <T> T atNodeB(Callable<T> work) throws Exception {
        SecurityContextHolder.setContextHolderStrategy(strategyOfB);
        try {
            return work.call();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(strategyOfA);
        }
    }

    @Test
    void a_user_disabled_through_node_a_is_refused_by_node_b() throws Exception {
        UserRow user = TestLogins.as(
                "admin",
                () -> userAdminOnA.create(new UserDraft(
                        "two.nodes", "Two nodes", null, Set.of(Role.STEERING), true, SessionRightsTest.PASSWORD, null)),
                Role.ADMIN);
        UiSessions browserAtNodeB = new UiSessions(nodeB);
        MockHttpSession session = atNodeB(() -> browserAtNodeB.login("two.nodes", SessionRightsTest.PASSWORD));
        assertThat(atNodeB(() -> browserAtNodeB.request(session, () -> {})).user())
                .isEqualTo("two.nodes");

        TestLogins.as(
                "admin",
                () -> userAdminOnA.update(
                        user.id(),
                        new UserDraft(
                                user.username(),
                                user.displayName(),
                                null,
                                user.roles(),
                                false,
                                "",
                                reloadVersion(user))),
                Role.ADMIN);

        UiSessions.Outcome next =
                atNodeB(() -> browserAtNodeB.request(session, request -> request.isUserInRole("STEERING")));
        assertThat(next.user()).isNull();
        assertThat(next.result()).isNotEqualTo(true);
        assertThat(nodeB).isNotSameAs(nodeA);
    }

    private Long reloadVersion(UserRow user) {
        return TestLogins.as(
                "admin",
                () -> userAdminOnA
                        .page(user.username(), org.springframework.data.domain.PageRequest.of(0, 1))
                        .getFirst()
                        .version(),
                Role.ADMIN);
    }
}

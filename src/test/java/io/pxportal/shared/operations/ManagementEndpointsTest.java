package io.pxportal.shared.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.pxportal.PortalOperationsTest;
import io.pxportal.TestLogins;
import io.pxportal.identity.ApiTokenDraft;
import io.pxportal.identity.ApiTokenScope;
import io.pxportal.identity.ApiTokenService;
import io.pxportal.shared.security.Role;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * The actuator endpoints on the management port: health and its probes open, everything else behind the scrape
 * token or an admin's API token, nothing of it on the portal's own port, and a node without its database not ready.
 */
class ManagementEndpointsTest extends PortalOperationsTest {

    @Autowired
    ApiTokenService tokens;

    @Autowired
    DataSource dataSource;

    private String tokenOf(String username, Role role) {
        return TestLogins.as(
                        username,
                        () -> tokens.create(
                                new ApiTokenDraft("management test of " + username, ApiTokenScope.READ, 30)),
                        role)
                .secret();
    }

    @Test
    void the_probes_answer_without_credentials_on_the_management_port() {
        HttpResponse<String> liveness = management("/actuator/health/liveness", null);
        HttpResponse<String> readiness = management("/actuator/health/readiness", null);

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"readinessState\"", "\"db\"", "\"flyway\"");
        // Details (the database product, the schema version) only for the scrape token and admins.
        assertThat(readiness.body()).doesNotContain("\"details\"");
        assertThat(management("/actuator/health/readiness", SCRAPE_TOKEN).body())
                .contains("\"version\"");
    }

    @Test
    void the_portals_own_port_serves_no_actuator_endpoint() {
        for (String path : new String[] {
            "/actuator/health", "/actuator/health/readiness", "/actuator/info", "/actuator/prometheus", "/actuator"
        }) {
            HttpResponse<String> response = portal(path, SCRAPE_TOKEN);
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("\"status\":\"UP\"", "jvm_", "\"build\"");
        }
    }

    @Test
    void info_and_metrics_need_the_scrape_token_or_an_admins_api_token() {
        String adminToken = tokenOf("admin", Role.ADMIN);
        String ownerToken = tokenOf("olena", Role.PRODUCT_OWNER);
        for (String path : new String[] {"/actuator/info", "/actuator/prometheus", "/actuator/metrics", "/actuator"}) {
            assertThat(management(path, null).statusCode())
                    .as(path + " without a token")
                    .isEqualTo(401);
            assertThat(management(path, SCRAPE_TOKEN + "x").statusCode())
                    .as(path + " wrong token")
                    .isEqualTo(401);
            assertThat(management(path, ownerToken).statusCode())
                    .as(path + " product owner")
                    .isEqualTo(403);
            assertThat(management(path, adminToken).statusCode())
                    .as(path + " admin")
                    .isEqualTo(200);
            assertThat(management(path, SCRAPE_TOKEN).statusCode())
                    .as(path + " scrape token")
                    .isEqualTo(200);
        }
    }

    @Test
    void info_tells_the_version_and_the_commit_built() {
        String info = management("/actuator/info", SCRAPE_TOKEN).body();

        assertThat(info).contains("\"build\"", "\"version\":\"0.1.0-SNAPSHOT\"");
        // A build from a source tarball has no git.properties, and then no commit to show.
        if (new ClassPathResource("git.properties").exists()) {
            assertThat(info).containsPattern("\"git\":\\{.*\"commit\":\\{.*\"id\":\"[0-9a-f]{7}");
        }
    }

    @Test
    void a_node_that_lost_its_database_is_not_ready_but_still_live() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        String password = pool.getPassword();
        // The database refuses every new connection, and the pool has none left.
        pool.setPassword("not-the-database-password");
        pool.getHikariPoolMXBean().softEvictConnections();
        try {
            HttpResponse<String> readiness = management("/actuator/health/readiness", null);
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
            assertThat(management("/actuator/health/liveness", null).statusCode())
                    .isEqualTo(200);
        } finally {
            pool.setPassword(password);
        }
        // Ready again once the pool has new connections.
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(
                                management("/actuator/health/readiness", null).statusCode())
                        .isEqualTo(200));
    }
}

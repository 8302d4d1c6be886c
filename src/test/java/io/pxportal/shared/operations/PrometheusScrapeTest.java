package io.pxportal.shared.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalOperationsTest;
import io.pxportal.TestLogins;
import io.pxportal.identity.ApiTokenDraft;
import io.pxportal.identity.ApiTokenScope;
import io.pxportal.identity.ApiTokenService;
import io.pxportal.shared.security.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Prometheus scrape on the management port carries the JVM's, HTTP's and the connection pool's metrics and
 * every one of the portal's own, under the names the dashboard (docs/grafana/px-portal.json) queries.
 */
class PrometheusScrapeTest extends PortalOperationsTest {

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UiMetrics uiMetrics;

    @Test
    void the_scrape_finds_every_metric_the_dashboard_shows() throws Exception {
        String admin = TestLogins.as(
                        "admin",
                        () -> tokens.create(new ApiTokenDraft("scrape test", ApiTokenScope.WRITE, 30)),
                        Role.ADMIN)
                .secret();
        // An API request that succeeds and one that is refused; an import whose rows are refused; a UIDL request.
        assertThat(portal("/api/v1/vendors", admin).statusCode()).isEqualTo(200);
        assertThat(portal("/api/v1/vendors", null).statusCode()).isEqualTo(401);
        assertThat(importVendors(admin, "Name,Country\nScrape Test Vendor,XX-NOT-A-COUNTRY\n"))
                .isEqualTo(422);
        UiMetricsTest.uidlRequest(uiMetrics.roundTrips(), "ContractView");

        List<String> names = List.of(
                "jvm_memory_used_bytes",
                "http_server_requests_seconds_count",
                "hikaricp_connections_active",
                "px_ui_sessions",
                "px_ui_roundtrip_seconds_count{application=\"px-portal\",view=\"ContractView\"}",
                "px_api_requests_total{application=\"px-portal\",method=\"GET\",status=\"200\"}",
                "px_api_requests_total{application=\"px-portal\",method=\"GET\",status=\"401\"}",
                "px_import_rows_total{application=\"px-portal\",outcome=\"rejected\",type=\"vendors\"}",
                "px_import_runs_seconds_count{application=\"px-portal\",outcome=\"rejected\",step=\"api\","
                        + "type=\"vendors\"}",
                "px_jobs_duration_seconds_count{application=\"px-portal\",job=\"alert-scan\",outcome=\"success\"}",
                "px_jobs_last_success_seconds{application=\"px-portal\",job=\"alert-scan\"}",
                "px_jobs_last_success_seconds{application=\"px-portal\",job=\"alert-digest\"}",
                "px_alerts_raised_total{application=\"px-portal\",source=\"contract\"}",
                "px_mails_total{application=\"px-portal\",kind=\"alert-digest\",outcome=\"sent\"}",
                "px_events_incomplete{application=\"px-portal\"}");
        // The digest is due every two seconds in this context.
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(
                                management("/actuator/prometheus", SCRAPE_TOKEN).body())
                        .contains(names));

        // Every series a panel of the dashboard queries, JVM and pool included.
        String dashboard = Files.readString(Path.of("docs/grafana/px-portal.json"));
        Set<String> queried = new TreeSet<>();
        Matcher series = Pattern.compile("\\b([a-z][a-z0-9_]*)\\{").matcher(dashboard);
        while (series.find()) {
            queried.add(series.group(1));
        }
        assertThat(queried)
                .contains(
                        "px_ui_sessions",
                        "px_api_requests_total",
                        "px_import_rows_total",
                        "px_jobs_last_success_seconds",
                        "px_alerts_raised_total",
                        "px_mails_total",
                        "px_events_incomplete");

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    String scrape =
                            management("/actuator/prometheus", SCRAPE_TOKEN).body();
                    assertThat(queried).allSatisfy(name -> assertThat(scrape).contains("\n" + name + "{"));
                });
    }
}

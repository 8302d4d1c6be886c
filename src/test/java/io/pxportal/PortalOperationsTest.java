package io.pxportal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal as operators run it: real ports (the portal's and the management port, both free ones), the prod
 * profile's JSON log lines, a scrape token, a mail server, and the alert digest due every two seconds so that
 * its metrics appear. In a JVM of its own (the surefire execution "operations"), as its context differs from the
 * shared one.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:pxops;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "management.server.port=0",
            "logging.structured.format.console=ecs",
            "px.metrics.token=" + PortalOperationsTest.SCRAPE_TOKEN,
            "px.alerts.digest-cron=*/2 * * * * *",
            // the digest runs every two seconds here, not once a minute at most as in a cluster
            "px.scheduling.lock-at-least-for=PT0S",
            // A lost database is simulated by a wrong password for new connections; asking for one then fails quickly.
            "spring.datasource.hikari.connection-timeout=1000"
        })
@ActiveProfiles({"demo", "test"})
@Tag("operations")
public abstract class PortalOperationsTest {

    protected static final String SCRAPE_TOKEN = "scrape-7c1e5f0a9b2d4e6f8a1c3b5d7e9f0a2b";

    private static final GreenMail SMTP = startedSmtp();

    @LocalServerPort
    protected int port;

    @LocalManagementPort
    protected int managementPort;

    protected final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static GreenMail startedSmtp() {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        return smtp;
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    /** A GET on the management port, with a bearer token unless it is null. */
    protected HttpResponse<String> management(String path, String bearer) {
        return get(URI.create("http://127.0.0.1:" + managementPort + path), bearer);
    }

    /** A GET on the portal's own port, with a bearer token unless it is null. */
    protected HttpResponse<String> portal(String path, String bearer) {
        return get(URI.create("http://127.0.0.1:" + port + path), bearer);
    }

    protected HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(URI uri, String bearer) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build());
    }

    /** Uploads {@code csv} to the vendor import of the API with the bearer {@code token}; the answer's status. */
    protected int importVendors(String token, String csv) {
        String boundary = "----px-operations-test";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"vendors.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/import/vendors"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build())
                .statusCode();
    }
}

package io.pxportal.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.TestLogins;
import io.pxportal.identity.ApiTokenDraft;
import io.pxportal.identity.ApiTokenScope;
import io.pxportal.identity.ApiTokenService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The upload limit as a client meets it: a real Tomcat on a random port (MockMvc has no multipart limits, no
 * error-page dispatch and no swallowing of unread bodies), with a limit of 256 KB instead of 50 MB. Every upload
 * over the limit — multipart with or without a length, JSON rows, far over the limit — gets 413 with a problem in
 * the caller's language; just under it is read. An IT: its own context on a real port sets the static security
 * context strategy, so it runs in a JVM of its own (failsafe), like every IT.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "px.import.max-file-size=256KB")
@ActiveProfiles({"demo", "test"})
class UploadLimitApiIT {

    private static final int LIMIT = 256 * 1024;
    private static final String BOUNDARY = "pxUploadLimitBoundary";

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    private final HttpClient http = HttpClient.newHttpClient();
    private String token;

    @BeforeEach
    void token() {
        token = TestLogins.as(
                        "admin", () -> tokens.create(new ApiTokenDraft("upload limit test", ApiTokenScope.WRITE, 30)))
                .secret();
    }

    @Test
    void a_file_just_under_the_limit_is_read_and_imported() throws Exception {
        String name = "Upload Limit Vendor " + UUID.randomUUID();
        byte[] csv = paddedCsv(name, LIMIT - 1);

        HttpResponse<String> response = send(multipart("/api/v1/import/vendors", csv, true), "en");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"created\":1");
    }

    @Test
    void a_file_over_the_limit_is_refused_with_413_and_a_problem_in_english() throws Exception {
        HttpResponse<String> response = send(
                multipart("/api/v1/import/vendors", paddedCsv("Too Large Vendor", LIMIT + 1), true), "en-GB,en;q=0.9");

        assertTooLarge(response, "0.25 MB");
        assertThat(response.body()).contains("larger than");
    }

    @Test
    void a_file_over_the_limit_is_refused_with_413_and_a_problem_in_ukrainian() throws Exception {
        HttpResponse<String> response = send(
                multipart("/api/v1/import/vendors", paddedCsv("Too Large Vendor", LIMIT + 1), true), "uk-UA,uk;q=0.9");

        assertTooLarge(response, "0,25 МБ");
        assertThat(response.body()).contains("більш");
    }

    @Test
    void the_testers_one_point_one_megabyte_file_gets_413_not_403() throws Exception {
        HttpResponse<String> response =
                send(multipart("/api/v1/import/vendors", paddedCsv("Tester Vendor", 1_100_000), true), "en");

        assertTooLarge(response, "0.25 MB");
    }

    @Test
    void a_file_sent_without_a_length_is_stopped_at_the_limit_with_413() throws Exception {
        HttpResponse<String> response =
                send(multipart("/api/v1/import/vendors", paddedCsv("Chunked Vendor", 600_000), false), "ru");

        assertTooLarge(response, "0,25 МБ");
        assertThat(response.body()).contains("больш");
    }

    @Test
    void a_file_far_over_the_limit_still_gets_a_problem_not_tomcats_page() throws Exception {
        HttpResponse<String> response =
                send(multipart("/api/v1/import/vendors", paddedCsv("Huge Vendor", 12_000_000), true), "en");

        assertTooLarge(response, "0.25 MB");
    }

    @Test
    void json_rows_over_the_limit_are_refused_with_413_with_and_without_a_length() throws Exception {
        byte[] rows = ("[{\"name\": \"JSON Limit Vendor\", \"notes\": \"" + "x".repeat(LIMIT) + "\"}]")
                .getBytes(StandardCharsets.UTF_8);
        for (boolean withLength : new boolean[] {true, false}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/import/vendors/rows"))
                    .header("Content-Type", "application/json")
                    .POST(
                            withLength
                                    ? HttpRequest.BodyPublishers.ofByteArray(rows)
                                    : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(rows)));

            assertTooLarge(send(request, "uk"), "0,25 МБ");
        }
    }

    @Test
    void json_rows_under_the_limit_are_read() throws Exception {
        byte[] rows = "[{\"name\": \"JSON Small Vendor\"}]".getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/import/vendors/rows"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(rows)));

        HttpResponse<String> response = send(request, "en");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static void assertTooLarge(HttpResponse<String> response, String limitText) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"status\":413")
                .contains(limitText)
                .contains("\"messageKey\":\"api.error.too-large\"");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String language) throws Exception {
        return http.send(
                request.header("Authorization", "Bearer " + token)
                        .header("Accept-Language", language)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder multipart(String path, byte[] file, boolean withLength) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"vendors.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = body.toByteArray();
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(
                        withLength
                                ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                                : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
    }

    /** A vendor file of exactly {@code size} bytes: one row, filled up by a column no field maps. */
    private static byte[] paddedCsv(String vendor, int size) {
        String head = "name,country,padding\n" + vendor + ",DE,";
        byte[] file = new byte[size];
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, file, 0, start.length);
        Arrays.fill(file, start.length, size - 1, (byte) 'x');
        file[size - 1] = '\n';
        return file;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

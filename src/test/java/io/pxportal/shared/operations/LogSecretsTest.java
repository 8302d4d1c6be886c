package io.pxportal.shared.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.pxportal.PortalOperationsTest;
import io.pxportal.TestLogins;
import io.pxportal.contracts.CalendarFeedScope;
import io.pxportal.contracts.CalendarLinkService;
import io.pxportal.identity.ApiTokenDraft;
import io.pxportal.identity.ApiTokenScope;
import io.pxportal.identity.ApiTokenService;
import io.pxportal.shared.security.Role;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What the structured log carries, and what it never does: a wrong password, API tokens, the scrape token, calendar
 * secrets and the cells of an uploaded file stay out of it, while the user name and the error reference a user was
 * shown are fields of the line.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogSecretsTest extends PortalOperationsTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    CalendarLinkService calendarLinks;

    @Test
    void secrets_and_uploaded_values_never_reach_the_log(CapturedOutput output) throws Exception {
        String wrongPassword = "Wr0ng-Pa55word-4f9d2c";
        String unknownToken = "pxt_unknown-token-9a8b7c6d5e4f";
        String unknownCalendar = "c4l3nd4r-n0t-a-s3cr3t-0f-4ny0n3";
        String cellValue = "CELL-VALUE-77f3a1-NOT-A-COUNTRY";
        String token = TestLogins.as(
                        "admin",
                        () -> tokens.create(new ApiTokenDraft("log test", ApiTokenScope.WRITE, 30)),
                        Role.ADMIN)
                .secret();
        String calendar = TestLogins.as(
                        "olena", () -> calendarLinks.createMine(CalendarFeedScope.MINE), Role.PRODUCT_OWNER)
                .secret();

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        mvc.perform(post("/login")
                .param("username", "olena")
                .param("password", wrongPassword)
                .with(csrf())
                .header(HttpHeaders.ORIGIN, "http://localhost")
                .header("Sec-Fetch-Site", "same-origin"));
        assertThat(portal("/api/v1/vendors", token).statusCode()).isEqualTo(200);
        assertThat(portal("/api/v1/vendors", unknownToken).statusCode()).isEqualTo(401);
        assertThat(importVendors(token, "Name,Country\nLog Test Vendor," + cellValue + "\n"))
                .isEqualTo(422);
        assertThat(portal("/calendar/" + calendar + ".ics", null).statusCode()).isEqualTo(200);
        assertThat(portal("/calendar/" + unknownCalendar + ".ics", null).statusCode())
                .isEqualTo(404);
        assertThat(management("/actuator/prometheus", SCRAPE_TOKEN).statusCode())
                .isEqualTo(200);
        assertThat(management("/actuator/prometheus", unknownToken).statusCode())
                .isEqualTo(401);

        LoggerFactory.getLogger(LogSecretsTest.class).info("Requests with secrets sent");
        // The capture holds the log (the line just written), and none of the secrets.
        assertThat(output.getAll()).contains("Requests with secrets sent");
        assertThat(output.getAll())
                .doesNotContain(wrongPassword, token, unknownToken, calendar, unknownCalendar, cellValue, SCRAPE_TOKEN);
    }

    @Test
    void an_unexpected_error_is_logged_as_json_with_the_user_and_the_reference_they_were_shown(CapturedOutput output)
            throws Exception {
        AtomicReference<String> reference = new AtomicReference<>();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "marc", null, List.of(new SimpleGrantedAuthority(Role.PRODUCT_OWNER.authority()))));
        try {
            new RequestLogContextFilter()
                    .doFilter(
                            new MockHttpServletRequest("GET", "/contracts"),
                            new MockHttpServletResponse(),
                            (request, response) ->
                                    reference.set(ErrorReference.log(new IllegalStateException("boom"))));
        } finally {
            SecurityContextHolder.clearContext();
        }

        String line = output.getAll()
                .lines()
                .filter(l -> l.contains(reference.get()))
                .findFirst()
                .orElseThrow();
        assertThat(line)
                .startsWith("{")
                .contains("\"log\":{\"level\":\"ERROR\"")
                .contains(
                        "\"user\":{\"name\":\"marc\"}",
                        "\"px\":{\"error\":{\"reference\":\"" + reference.get() + "\"}}")
                .contains("\"stack_trace\":\"java.lang.IllegalStateException: boom");
    }
}

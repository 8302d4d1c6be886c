package io.pxportal.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pxportal.RateLimitedPortalTest;
import io.pxportal.TestLogins;
import io.pxportal.identity.ApiTokenDraft;
import io.pxportal.identity.ApiTokenScope;
import io.pxportal.identity.ApiTokenService;
import io.pxportal.identity.NewApiToken;
import io.pxportal.identity.UserAdminService;
import io.pxportal.identity.UserDraft;
import io.pxportal.shared.ratelimit.RateLimitedException;
import io.pxportal.shared.security.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Imports per user, with 2 an hour: refused in the service (the wizard) and with 429 in the API. */
@RateLimitedPortalTest
class ImportRateLimitTest {

    @Autowired
    DirectImport imports;

    @Autowired
    ImportWizard wizard;

    @Autowired
    MessageSource messages;

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserAdminService users;

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_third_import_of_the_hour_is_refused_in_the_wizard_with_a_message_in_the_users_language() {
        TestLogins.as(
                "admin",
                () -> imports.importRows(
                        "vendors", List.of(Map.of("name", "Limited Vendor 1")), ImportOptions.defaults()),
                Role.ADMIN);
        TestLogins.as(
                "admin",
                () -> wizard.upload("vendors", "second.csv", csv("Name\nLimited Vendor 2\n"), ImportOptions.defaults()),
                Role.ADMIN);

        assertThatThrownBy(() -> TestLogins.as(
                        "admin",
                        () -> wizard.upload(
                                "vendors", "third.csv", csv("Name\nLimited Vendor 3\n"), ImportOptions.defaults()),
                        Role.ADMIN))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.rate-limited");
                    assertThat(messages.getMessage(e.messageKey(), e.arguments(), Locale.of("uk")))
                            .isEqualTo("Ви розпочали забагато імпортів. Спробуйте знову через 30 хв.");
                });
        // Another user's imports are their own.
        assertThat(TestLogins.as(
                                "olena",
                                () -> imports.importRows(
                                        "vendors",
                                        List.of(Map.of("name", "Limited Vendor 4")),
                                        ImportOptions.defaults()),
                                Role.ADMIN)
                        .created())
                .isOne();
    }

    @Test
    void the_api_answers_429_with_retry_after_once_the_user_has_imported_enough_with_any_token() throws Exception {
        TestLogins.as(
                "admin",
                () -> users.create(new UserDraft(
                        "limited.importer",
                        "Lim Ited",
                        null,
                        Set.of(Role.ADMIN),
                        true,
                        "a-long-enough-password",
                        null)),
                Role.ADMIN);
        NewApiToken first = TestLogins.as(
                "limited.importer", () -> tokens.create(new ApiTokenDraft("first", ApiTokenScope.WRITE, 30)));
        NewApiToken second = TestLogins.as(
                "limited.importer", () -> tokens.create(new ApiTokenDraft("second", ApiTokenScope.WRITE, 30)));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/import/vendors/rows")
                            .with(bearer(first))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("[{\"name\": \"API Limited " + i + "\"}]"))
                    .andExpect(status().isOk());
        }

        mvc.perform(post("/api/v1/import/vendors/rows")
                        .with(bearer(second))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "uk")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"name\": \"API Limited 3\"}]"))
                .andExpect(status().isTooManyRequests())
                // the allowance comes back continuously over the 30-minute window, counted from the first import:
                // the seconds the requests before took (many on a busy machine) are already on their way back
                .andExpect(result -> assertThat(
                                Integer.parseInt(result.getResponse().getHeader(HttpHeaders.RETRY_AFTER)))
                        .isBetween(1700, 1800))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.messageKey").value("import.rate-limited"))
                .andExpect(jsonPath("$.detail").value(containsString("через 30 хв")));
        mvc.perform(multipart("/api/v1/import/vendors")
                        .file(new MockMultipartFile(
                                "file", "v.csv", "text/csv", "Name\nAPI Limited 4\n".getBytes(StandardCharsets.UTF_8)))
                        .with(bearer(second)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER));
    }

    private static RequestPostProcessor bearer(NewApiToken token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token.secret());
            return request;
        };
    }
}

package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pxportal.RateLimitedPortalTest;
import io.pxportal.TestLogins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** API requests per token through both filter chains, with 3 requests per token an hour. */
@RateLimitedPortalTest
class ApiRateLimitTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    JdbcTemplate jdbc;

    private MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private NewApiToken tokenOf(String username, String name) {
        return TestLogins.as(username, () -> tokens.create(new ApiTokenDraft(name, ApiTokenScope.READ, 30)));
    }

    private static RequestPostProcessor bearer(NewApiToken token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token.secret());
            return request;
        };
    }

    @Test
    void a_token_over_its_limit_gets_429_with_retry_after_and_a_problem_in_the_callers_language() throws Exception {
        NewApiToken busy = tokenOf("finance", "busy integration");
        NewApiToken other = tokenOf("finance", "quiet integration");
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/vendors").with(bearer(busy))).andExpect(status().isOk());
        }

        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/vendors").with(bearer(busy)).header(HttpHeaders.ACCEPT_LANGUAGE, "uk"))
                    .andExpect(status().isTooManyRequests())
                    // 3 an hour, refilled evenly: one every 20 minutes.
                    .andExpect(header().string(HttpHeaders.RETRY_AFTER, "1200"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(429))
                    .andExpect(jsonPath("$.messageKey").value("api.error.rate-limited"))
                    .andExpect(jsonPath("$.detail").value(containsString("Забагато запитів із цим токеном")));
        }

        mvc.perform(get("/api/v1/vendors").with(bearer(other))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "select count(*) from security_event where kind = 'RATE_LIMITED' "
                                + "and username = 'finance' and detail = ?",
                        Long.class,
                        "api-per-token: #" + busy.token().id()))
                .isEqualTo(1);
    }

    @Test
    void a_request_with_a_bad_token_is_refused_as_before_and_uses_up_no_ones_limit() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/vendors").header(HttpHeaders.AUTHORIZATION, "Bearer pxp_" + "B".repeat(43)))
                    .andExpect(status().isUnauthorized());
        }
    }
}

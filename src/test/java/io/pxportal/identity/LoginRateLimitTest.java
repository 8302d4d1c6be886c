package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pxportal.RateLimitedPortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Login form posts through the real filter chain, with 5 attempts per address and 3 per account an hour. */
@RateLimitedPortalTest
class LoginRateLimitTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    private MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    /** A script's login post (no Accept: text/html), with a valid CSRF token. */
    private static MockHttpServletRequestBuilder login(String address, String username, String password) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .accept(MediaType.APPLICATION_JSON)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    private long auditedRefusals(String detail) {
        return jdbc.queryForObject(
                "select count(*) from security_event where kind = 'RATE_LIMITED' and detail = ?", Long.class, detail);
    }

    @Test
    void a_flood_from_one_address_is_refused_with_429_whatever_account_it_names_while_another_address_signs_in()
            throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(login("203.0.113.10", "spray" + i, "Winter2026!")).andExpect(redirectedUrl("/login?error"));
        }

        for (int i = 5; i < 9; i++) {
            mvc.perform(login("203.0.113.10", "spray" + i, "Winter2026!").header(HttpHeaders.ACCEPT_LANGUAGE, "uk"))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(header().string(HttpHeaders.RETRY_AFTER, "720"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.messageKey").value("login.error.rate-limited"))
                    .andExpect(jsonPath("$.detail").value(containsString("через 12 хв")))
                    .andExpect(unauthenticated());
        }
        // Refused before the password was checked: even the right one does not get through from this address.
        mvc.perform(login("203.0.113.10", "auditor", "demo")).andExpect(status().isTooManyRequests());

        mvc.perform(login("203.0.113.11", "auditor", "demo"))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("auditor"));
        assertThat(auditedRefusals("login-per-ip: 203.0.113.10")).isEqualTo(1);
    }

    @Test
    void attempts_on_one_account_are_limited_across_addresses_and_other_accounts_go_on() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(login("198.51.100." + i, "Target.Account", "guess" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(login("198.51.100.50", "target.account", "guess"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER))
                .andExpect(jsonPath("$.detail").value(containsString("Too many sign-in attempts")));
        mvc.perform(login("198.51.100.50", "steering", "demo"))
                .andExpect(authenticated().withUsername("steering"));
        assertThat(auditedRefusals("login-per-account: target.account")).isEqualTo(1);
    }

    @Test
    void a_browser_over_the_limit_is_sent_back_to_the_login_page_which_says_when_to_try_again() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(login("203.0.113.20", "browser" + i, "wrong"));
        }

        MvcResult refused = mvc.perform(
                        login("203.0.113.20", "browser-last", "wrong").accept(MediaType.TEXT_HTML, MediaType.ALL))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER))
                .andReturn();

        Object failure = refused.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        assertThat(failure)
                .isInstanceOfSatisfying(
                        LoginRateLimited.class,
                        limited -> assertThat(limited.minutes()).isEqualTo(12));
    }
}

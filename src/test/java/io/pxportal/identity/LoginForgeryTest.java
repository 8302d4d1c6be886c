package io.pxportal.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pxportal.PortalIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The login form and the UI's pages through the real filter chain: forged logins refused, headers sent. */
@PortalIntegrationTest
class LoginForgeryTest {

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    /** The form as a browser posts it, without a CSRF token unless a test adds one. */
    private static MockHttpServletRequestBuilder login() {
        return post("/login").param("username", "auditor").param("password", "demo");
    }

    @Test
    void a_cross_site_login_form_without_a_csrf_token_is_refused_and_logs_nobody_in() throws Exception {
        mvc.perform(login().header(HttpHeaders.ORIGIN, "http://evil.example"))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
        mvc.perform(login()).andExpect(status().isForbidden()).andExpect(unauthenticated());
    }

    @Test
    void a_login_form_with_a_forged_token_is_refused() throws Exception {
        mvc.perform(login().with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void a_login_form_from_another_origin_is_refused_even_with_a_valid_token() throws Exception {
        mvc.perform(login().with(csrf()).header(HttpHeaders.ORIGIN, "http://evil.example"))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
        mvc.perform(login().with(csrf()).header(HttpHeaders.ORIGIN, "null")).andExpect(status().isForbidden());
        mvc.perform(login().with(csrf()).header("Sec-Fetch-Site", "cross-site")).andExpect(status().isForbidden());
    }

    @Test
    void the_portals_own_login_form_still_logs_in() throws Exception {
        mvc.perform(login().with(csrf())
                        .header(HttpHeaders.ORIGIN, "http://localhost")
                        .header("Sec-Fetch-Site", "same-origin"))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("auditor"));
    }

    @Test
    void ui_pages_carry_a_content_security_policy_nosniff_and_a_referrer_policy() throws Exception {
        // A view asked for without login: the security chain answers (a redirect to the login page) by itself.
        mvc.perform(get("/portfolio"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string(
                                "Content-Security-Policy",
                                Matchers.allOf(
                                        Matchers.containsString("default-src 'self'"),
                                        Matchers.containsString("frame-ancestors 'none'"),
                                        Matchers.containsString("object-src 'none'"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void https_requests_get_strict_transport_security() throws Exception {
        mvc.perform(get("/portfolio").secure(true))
                .andExpect(header().string("Strict-Transport-Security", Matchers.startsWith("max-age=31536000")));
    }
}

package io.pxportal.shared.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pxportal.PortalIntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The portal as it is while its start-up runners (the demo data among them) still write: Spring Boot refuses
 * traffic until the last runner has finished. Tomcat is already listening then, so the gate must answer for it.
 * The test puts the shared context back into that state and restores it afterwards.
 */
@PortalIntegrationTest
class StartingGateTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    FilterRegistrationBean<StartingGate> gate;

    @Autowired
    MessageSource messages;

    private MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        // In the servlet container the gate comes before Spring Security (see the order test below)
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(gate.getFilter())
                .apply(springSecurity())
                .build();
    }

    @AfterEach
    void ready() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }

    private static MockHttpServletRequestBuilder login() {
        return post("/login")
                .param("username", "auditor")
                .param("password", "demo")
                .with(csrf())
                .header(HttpHeaders.ORIGIN, "http://localhost")
                .header("Sec-Fetch-Site", "same-origin");
    }

    @Test
    void while_the_demo_data_is_written_the_login_page_says_so_and_nobody_logs_in() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

        String loading = messages.getMessage(StartingGate.DEMO_KEY, null, Locale.of("uk"));
        mvc.perform(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "uk,en;q=0.5"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, String.valueOf(StartingGate.RETRY_SECONDS)))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(Matchers.containsString(loading)))
                .andExpect(content().string(Matchers.containsString("http-equiv=\"refresh\"")));
        mvc.perform(login()).andExpect(status().isServiceUnavailable()).andExpect(unauthenticated());
        // The language chosen on the login page before wins over the browser's
        mvc.perform(get("/").cookie(new Cookie("px-lang", "ar")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(Matchers.containsString("dir=\"rtl\"")))
                .andExpect(content()
                        .string(Matchers.containsString(
                                messages.getMessage(StartingGate.DEMO_KEY, null, Locale.of("ar")))));
        mvc.perform(get("/api/v1/platforms"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void once_the_portal_accepts_traffic_the_login_works_as_before() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);

        mvc.perform(login())
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("auditor"));
    }

    @Test
    void the_gate_runs_before_spring_security() {
        assertThat(gate.getOrder()).isLessThan(SecurityFilterProperties.DEFAULT_FILTER_ORDER);
        assertThat(gate.getUrlPatterns()).containsExactly("/*");
    }
}

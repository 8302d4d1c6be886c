package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.filter.RequestContextFilter;

/**
 * Browser sessions of the UI without a browser: a real form login through the portal's filter chain, then requests
 * in that session that run some work where Vaadin would handle the request (after every security filter) — as a
 * click in the UI calls a service in a UIDL request.
 */
final class UiSessions {

    /** What became of the work: its result, the exception it threw, or the chain never let the request reach it. */
    record Outcome(boolean reached, Object result, Exception failure, String user) {

        boolean succeeded() {
            return reached && failure == null;
        }
    }

    private final MockMvc mvc;
    private Function<HttpServletRequest, Object> work;
    private Outcome outcome;

    UiSessions(ApplicationContext context) {
        Filter security = context.getBean("springSecurityFilterChain", Filter.class);
        Filter endpoint = (request, response, chain) -> {
            try {
                outcome = new Outcome(true, work.apply((HttpServletRequest) request), null, currentUser());
            } catch (Exception e) {
                outcome = new Outcome(true, null, e, currentUser());
            }
        };
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .addFilters(new RequestContextFilter(), security, endpoint)
                .build();
    }

    /** Logs in with the login form, as the browser does, and returns the session. */
    MockHttpSession login(String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl())
                .as("login of " + username)
                .doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** A Vaadin UIDL request in the session that runs {@code work} with the request's security context. */
    Outcome request(MockHttpSession session, Function<HttpServletRequest, Object> work) throws Exception {
        this.work = work;
        this.outcome = null;
        MvcResult result = mvc.perform(
                        post("/").param("v-r", "uidl").param("v-uiId", "0").session(session))
                .andReturn();
        return outcome != null
                ? outcome
                : new Outcome(false, result.getResponse().getRedirectedUrl(), null, null);
    }

    Outcome request(MockHttpSession session, Runnable work) throws Exception {
        return request(session, request -> {
            work.run();
            return null;
        });
    }

    private static String currentUser() {
        return io.pxportal.shared.security.CurrentUser.username().orElse(null);
    }
}

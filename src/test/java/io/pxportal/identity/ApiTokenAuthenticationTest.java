package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pxportal.PortalApiTest;
import io.pxportal.shared.security.Role;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

class ApiTokenAuthenticationTest extends PortalApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAdminService users;

    @Test
    void a_request_without_a_token_is_refused_with_a_problem_and_a_bearer_challenge() throws Exception {
        mvc.perform(get("/api/v1/vendors"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString("Authorization: Bearer")));
    }

    @Test
    void an_unknown_token_is_refused_and_the_reason_is_given_in_the_callers_language() throws Exception {
        mvc.perform(get("/api/v1/vendors")
                        .with(bearer("pxp_" + "A".repeat(43)))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "uk-UA,uk;q=0.9,en;q=0.5"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")))
                .andExpect(jsonPath("$.detail").value(containsString("невідомий")));
    }

    @Test
    void a_revoked_token_stops_working_at_once() throws Exception {
        NewApiToken token = tokenOf("steering", ApiTokenScope.READ);
        mvc.perform(get("/api/v1/platforms").with(bearer(token))).andExpect(status().isOk());

        as("steering", () -> tokens.revokeMine(token.token().id()));

        mvc.perform(get("/api/v1/platforms").with(bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.messageKey").value("api.auth.revoked-token"))
                .andExpect(jsonPath("$.detail").value(containsString("revoked")));
    }

    @Test
    void the_token_of_a_user_who_can_no_longer_log_in_is_refused() throws Exception {
        UserRow created = as(
                "admin",
                () -> users.create(new UserDraft(
                        "api.leaver", "Lee Ver", null, Set.of(Role.STEERING), true, "a-long-enough-password", null)),
                Role.ADMIN);
        NewApiToken token = tokenOf("api.leaver", ApiTokenScope.READ);
        mvc.perform(get("/api/v1/vendors").with(bearer(token))).andExpect(status().isOk());

        as(
                "admin",
                () -> users.update(
                        created.id(),
                        new UserDraft(
                                "api.leaver", "Lee Ver", null, Set.of(Role.STEERING), false, null, created.version())),
                Role.ADMIN);

        mvc.perform(get("/api/v1/vendors").with(bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("cannot log in")));
    }

    @Test
    void a_read_token_cannot_change_anything() throws Exception {
        NewApiToken token = tokenOf("admin", ApiTokenScope.READ);

        mvc.perform(post("/api/v1/vendors")
                        .with(bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Read Token Vendor\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("insufficient_scope")))
                .andExpect(jsonPath("$.detail").value(containsString("only read")));
        mvc.perform(get("/api/v1/vendors").param("q", "Read Token Vendor").with(bearer(token)))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void only_the_hash_of_the_secret_is_stored_and_the_last_use_is_recorded() throws Exception {
        NewApiToken token = tokenOf("auditor", ApiTokenScope.READ);
        Long id = token.token().id();
        assertThat(token.secret()).matches("pxp_[A-Za-z0-9_-]{43}");
        assertThat(token.token().lastUsedAt()).isNull();

        mvc.perform(get("/api/v1/vendors").with(bearer(token))).andExpect(status().isOk());

        Map<String, Object> row = jdbc.queryForMap("select * from api_token where id = ?", id);
        assertThat(row.values()).noneSatisfy(v -> assertThat(String.valueOf(v)).contains(token.secret()));
        assertThat(jdbc.queryForList("select * from api_token_aud where id = ?", id))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.values())
                        .noneSatisfy(v -> assertThat(String.valueOf(v)).contains(token.secret())));
        assertThat(row.get("secret_hash")).isEqualTo(ApiTokenSecret.hash(token.secret()));
        assertThat(row.get("prefix"))
                .isEqualTo(token.secret().substring(0, 12))
                .isEqualTo(token.token().prefix());
        Instant lastUsed = as("auditor", () -> tokens.mine("", PageRequest.of(0, 100))).stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow()
                .lastUsedAt();
        assertThat(lastUsed).isNotNull();
    }

    @Test
    void the_last_use_is_written_at_most_once_a_minute() throws Exception {
        NewApiToken token = tokenOf("finance", ApiTokenScope.READ);
        mvc.perform(get("/api/v1/vendors").with(bearer(token))).andExpect(status().isOk());
        Object first = jdbc.queryForObject(
                "select last_used_at from api_token where id = ?",
                Object.class,
                token.token().id());

        mvc.perform(get("/api/v1/vendors").with(bearer(token))).andExpect(status().isOk());

        assertThat(jdbc.queryForObject(
                        "select last_used_at from api_token where id = ?",
                        Object.class,
                        token.token().id()))
                .isEqualTo(first);
    }

    @Test
    void the_api_keeps_no_session_and_a_token_opens_no_page_of_the_ui() throws Exception {
        NewApiToken token = tokenOf("olena", ApiTokenScope.WRITE);

        MvcResult api = mvc.perform(get("/api/v1/platforms").with(bearer(token)))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(api.getRequest().getSession(false)).isNull();
        assertThat(api.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();

        MvcResult ui = mvc.perform(get("/platforms").with(bearer(token))).andReturn();
        assertThat(ui.getResponse().getStatus())
                .as("the UI asks for a login instead")
                .isNotEqualTo(200);
    }
}

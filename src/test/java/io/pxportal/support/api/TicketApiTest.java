package io.pxportal.support.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.pxportal.PortalApiTest;
import io.pxportal.identity.ApiTokenScope;
import io.pxportal.identity.NewApiToken;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Vendor tickets through the REST API: a push creates once and is idempotent after, status changes need the
 * version read, the read rules and the write rights of the platform's owner hold, and bad input is refused.
 */
class TicketApiTest extends PortalApiTest {

    private static final String TICKET = """
            {"platformId": %d, "caseId": "%s", "severity": "P2", "category": "DEFECT",
             "title": "Batch run fails on large statements", "openedAt": "2019-03-05T09:15:00Z",
             "status": "IN_PROGRESS", "statusSince": "2019-03-05T10:00:00Z",
             "firstResponseAt": "2019-03-05T10:00:00Z"}""";

    private int platformId(NewApiToken token, String name) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/platforms")
                        .param("q", name)
                        .param("size", "200")
                        .with(bearer(token)))
                .andExpect(status().isOk())
                .andReturn();
        List<Integer> ids =
                JsonPath.read(result.getResponse().getContentAsString(), "$.items[?(@.name == '" + name + "')].id");
        return ids.getFirst();
    }

    @Test
    void an_owner_pushes_a_ticket_once_pushes_it_again_unchanged_and_appends_a_status_with_if_match() throws Exception {
        NewApiToken marc = tokenOf("marc", ApiTokenScope.WRITE);
        int hub = platformId(marc, "Messagepoint Content Hub");
        String body = TICKET.formatted(hub, "API-TKT-1");

        MvcResult created = mvc.perform(post("/api/v1/tickets")
                        .with(bearer(marc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.caseId").value("API-TKT-1"))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andReturn();
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        int historyLength = JsonPath.<List<?>>read(created.getResponse().getContentAsString(), "$.history")
                .size();

        mvc.perform(post("/api/v1/tickets")
                        .with(bearer(marc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.history.length()").value(historyLength));

        String change = """
                {"status": "RESOLVED", "at": "2019-03-06T12:00:00Z"}""";
        mvc.perform(post(location + "/status")
                        .with(bearer(marc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post(location + "/status")
                        .with(bearer(marc))
                        .header(HttpHeaders.IF_MATCH, "\"7\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.messageKey").value("error.concurrent-edit"));
        mvc.perform(post(location + "/status")
                        .with(bearer(marc))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED"))
                .andExpect(jsonPath("$.history.length()").value(historyLength + 1));

        mvc.perform(get(location).with(bearer(tokenOf("finance", ApiTokenScope.READ))))
                .andExpect(status().isOk())
                .andExpect(header().exists(HttpHeaders.ETAG))
                .andExpect(jsonPath("$.platform").value("Messagepoint Content Hub"));
    }

    @Test
    void the_list_pages_and_filters_and_every_row_matches_its_filter() throws Exception {
        NewApiToken reader = tokenOf("steering", ApiTokenScope.READ);

        MvcResult all = mvc.perform(get("/api/v1/tickets").param("size", "5").with(bearer(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(5))
                .andReturn();
        int total = JsonPath.read(all.getResponse().getContentAsString(), "$.totalItems");
        MvcResult p1 = mvc.perform(get("/api/v1/tickets")
                        .param("severity", "P1")
                        .param("size", "200")
                        .with(bearer(reader)))
                .andExpect(status().isOk())
                .andReturn();
        List<String> severities = JsonPath.read(p1.getResponse().getContentAsString(), "$.items[*].severity");
        int p1Total = JsonPath.read(p1.getResponse().getContentAsString(), "$.totalItems");

        assertThat(severities).isNotEmpty().containsOnly("P1");
        assertThat(p1Total).isLessThan(total);
        mvc.perform(get("/api/v1/tickets/compliance")
                        .param("from", "2026-01")
                        .param("to", "2026-12")
                        .param("by", "SEVERITY")
                        .with(bearer(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].key").exists());
    }

    @Test
    void writes_need_the_platforms_owner_and_a_write_token_and_bad_input_is_named() throws Exception {
        NewApiToken olena = tokenOf("olena", ApiTokenScope.WRITE);
        int inspire = platformId(olena, "Inspire Correspondence"); // marc's alone
        int hub = platformId(olena, "Messagepoint Content Hub");

        mvc.perform(post("/api/v1/tickets")
                        .with(bearer(olena))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TICKET.formatted(inspire, "API-TKT-2")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tickets")
                        .with(bearer(tokenOf("marc", ApiTokenScope.READ)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TICKET.formatted(hub, "API-TKT-3")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tickets")
                        .with(bearer(tokenOf("marc", ApiTokenScope.WRITE)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TICKET.formatted(hub, "API-TKT-4").replace("\"P2\"", "\"P9\"")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/tickets").param("from", "2026-13").with(bearer(olena)))
                .andExpect(status().isBadRequest());
        MvcResult left = mvc.perform(get("/api/v1/tickets")
                        .param("platformId", String.valueOf(inspire))
                        .param("q", "API-TKT-")
                        .with(bearer(olena)))
                .andExpect(status().isOk())
                .andReturn();
        List<String> cases = JsonPath.read(left.getResponse().getContentAsString(), "$.items[*].caseId");
        assertThat(cases).doesNotContain("API-TKT-2");
    }
}

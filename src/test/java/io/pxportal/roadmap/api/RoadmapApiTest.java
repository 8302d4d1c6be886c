package io.pxportal.roadmap.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

class RoadmapApiTest extends PortalApiTest {

    @Test
    void everyone_reads_the_fit_with_quarters_as_text() throws Exception {
        NewApiToken finance = tokenOf("finance", ApiTokenScope.READ);

        mvc.perform(get("/api/v1/roadmap/fit").with(bearer(finance)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quarter").value(org.hamcrest.Matchers.matchesPattern("\\d{4}-Q[1-4]")))
                .andExpect(jsonPath("$.platforms[?(@.platform.name == 'Inspire Correspondence')].fit")
                        .exists());
        mvc.perform(get("/api/v1/roadmap/fit").param("quarter", "spring").with(bearer(finance)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/roadmap/gaps").with(bearer(finance)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.platform.name == 'Inspire Correspondence')]")
                        .isNotEmpty());
    }

    @Test
    void an_owner_records_a_delay_with_if_match_and_the_history_grows() throws Exception {
        NewApiToken marc = tokenOf("marc", ApiTokenScope.WRITE);
        MvcResult found = mvc.perform(get("/api/v1/roadmap/items")
                        .param("q", "Scaler licence metric")
                        .with(bearer(marc)))
                .andExpect(status().isOk())
                .andReturn();
        List<Integer> ids = JsonPath.read(found.getResponse().getContentAsString(), "$.items[*].id");
        List<Integer> versions = JsonPath.read(found.getResponse().getContentAsString(), "$.items[*].version");
        String item = "/api/v1/roadmap/items/" + ids.getFirst();
        String delay = """
                {"status": "DELAYED", "committedQuarter": "2031-Q1", "note": "api test"}""";

        mvc.perform(post(item + "/status")
                        .with(bearer(marc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(delay))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post(item + "/status")
                        .with(bearer(marc))
                        .header(HttpHeaders.IF_MATCH, "\"" + versions.getFirst() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(delay))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DELAYED"))
                .andExpect(jsonPath("$.committedQuarter").value("2031-Q1"));
        mvc.perform(get(item + "/status-history").with(bearer(marc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[-1].status").value("DELAYED"))
                .andExpect(jsonPath("$[-1].recordedBy").value("marc"));
    }

    @Test
    void a_product_owner_may_not_agree_weights_but_steering_reads_them() throws Exception {
        mvc.perform(post("/api/v1/roadmap/weights")
                        .with(bearer(tokenOf("olena", ApiTokenScope.WRITE)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"weights\": {}}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/roadmap/weights").with(bearer(tokenOf("steering", ApiTokenScope.READ))))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[0].effectiveQuarter").value(org.hamcrest.Matchers.matchesPattern("\\d{4}-Q[1-4]")));
    }

    @Test
    void a_rating_is_created_without_if_match_and_changed_with_it() throws Exception {
        NewApiToken marc = tokenOf("marc", ApiTokenScope.WRITE);
        MvcResult found = mvc.perform(get("/api/v1/roadmap/items")
                        .param("q", "RCS messaging output")
                        .with(bearer(marc)))
                .andReturn();
        int itemId = JsonPath.<List<Integer>>read(found.getResponse().getContentAsString(), "$.items[*].id")
                .getFirst();
        MvcResult objectives = mvc.perform(get("/api/v1/roadmap/objectives").with(bearer(marc)))
                .andReturn();
        int reg = JsonPath.<List<Integer>>read(
                        objectives.getResponse().getContentAsString(), "$[?(@.code == 'REG')].id")
                .getFirst();
        String url = "/api/v1/roadmap/items/" + itemId + "/ratings/" + reg;

        mvc.perform(put(url).with(bearer(marc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rating\": 0, \"rationale\": \"api test\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.ratedBy").value("marc"));
        mvc.perform(put(url).with(bearer(marc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rating\": 1}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put(url).with(bearer(marc))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rating\": null}"))
                .andExpect(status().isNoContent());
    }
}

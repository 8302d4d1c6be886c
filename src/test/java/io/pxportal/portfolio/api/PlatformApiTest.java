package io.pxportal.portfolio.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.pxportal.PortalApiTest;
import io.pxportal.identity.ApiTokenScope;
import io.pxportal.identity.NewApiToken;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

class PlatformApiTest extends PortalApiTest {

    private int platformId(NewApiToken token, String name) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/platforms").param("q", name).with(bearer(token)))
                .andExpect(status().isOk())
                .andReturn();
        List<Integer> ids =
                JsonPath.read(result.getResponse().getContentAsString(), "$.items[?(@.name == '" + name + "')].id");
        return ids.getFirst();
    }

    private int vendorId(NewApiToken token, String name) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/vendors").param("q", name).with(bearer(token)))
                .andExpect(status().isOk())
                .andReturn();
        List<Integer> ids =
                JsonPath.read(result.getResponse().getContentAsString(), "$.items[?(@.name == '" + name + "')].id");
        return ids.getFirst();
    }

    private static String body(String name, int vendorId, String notes) {
        return """
                {"name": "%s", "vendorId": %d, "product": "Adobe AEM Forms", "productVersion": "6.5",
                 "deployment": "SAAS", "lifecycle": "EVALUATE", "environments": ["TEST"],
                 "businessUnits": ["Digital"], "notes": "%s"}""".formatted(name, vendorId, notes);
    }

    /** Olena creates a platform of her own through the API and gets its id and ETag. */
    private MvcResult olenaCreates(NewApiToken olena, String name) throws Exception {
        return mvc.perform(post("/api/v1/platforms")
                        .with(bearer(olena))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(name, vendorId(olena, "Adobe"), "created through the API")))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andReturn();
    }

    @Test
    void an_owner_changes_her_platform_with_if_match_and_gets_the_new_etag() throws Exception {
        NewApiToken olena = tokenOf("olena", ApiTokenScope.WRITE);
        MvcResult created = olenaCreates(olena, "API Owned Platform");
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(location).matches("http://localhost/api/v1/platforms/\\d+");
        assertThat(JsonPath.<List<String>>read(created.getResponse().getContentAsString(), "$.owners[*].username"))
                .containsExactly("olena");

        mvc.perform(put(location)
                        .with(bearer(olena))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("API Owned Platform", vendorId(olena, "Adobe"), "changed through the API")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.notes").value("changed through the API"))
                .andExpect(jsonPath("$.owners[*].username").value(containsInAnyOrder("olena")));

        mvc.perform(get(location).with(bearer(olena)))
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.notes").value("changed through the API"));
        mvc.perform(get(location).with(bearer(olena)).header(HttpHeaders.IF_NONE_MATCH, "\"1\""))
                .andExpect(status().isNotModified());
    }

    @Test
    void a_stale_if_match_is_refused_and_nothing_changes() throws Exception {
        NewApiToken olena = tokenOf("olena", ApiTokenScope.WRITE);
        String location =
                olenaCreates(olena, "API Stale Platform").getResponse().getHeader(HttpHeaders.LOCATION);
        int adobe = vendorId(olena, "Adobe");
        mvc.perform(put(location)
                        .with(bearer(olena))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("API Stale Platform", adobe, "first")))
                .andExpect(status().isOk());

        mvc.perform(put(location)
                        .with(bearer(olena))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("API Stale Platform", adobe, "second")))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.messageKey").value("error.concurrent-edit"));

        mvc.perform(get(location).with(bearer(olena)))
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.notes").value("first"));
    }

    @Test
    void a_change_without_if_match_is_refused() throws Exception {
        NewApiToken olena = tokenOf("olena", ApiTokenScope.WRITE);
        String location =
                olenaCreates(olena, "API Unconditional Platform").getResponse().getHeader(HttpHeaders.LOCATION);

        mvc.perform(put(location)
                        .with(bearer(olena))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("API Unconditional Platform", vendorId(olena, "Adobe"), "blind write")))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.messageKey").value("api.error.if-match-required"));
        mvc.perform(delete(location).with(bearer(olena)).header(HttpHeaders.IF_MATCH, "*"))
                .andExpect(status().isPreconditionRequired());

        mvc.perform(get(location).with(bearer(olena)))
                .andExpect(jsonPath("$.notes").value("created through the API"));
    }

    @Test
    void finance_cannot_change_a_platform_even_with_a_write_token() throws Exception {
        NewApiToken finance = tokenOf("finance", ApiTokenScope.WRITE);
        int exstream = platformId(finance, "Exstream Statements");
        String etag = mvc.perform(get("/api/v1/platforms/{id}", exstream).with(bearer(finance)))
                .andExpect(jsonPath("$.editable").value(false))
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.ETAG);

        mvc.perform(put("/api/v1/platforms/{id}", exstream)
                        .with(bearer(finance))
                        .header(HttpHeaders.IF_MATCH, etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Exstream Statements", vendorId(finance, "OpenText"), "finance was here")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.messageKey").value("error.access-denied"));

        mvc.perform(get("/api/v1/platforms/{id}", exstream).with(bearer(finance)))
                .andExpect(header().string(HttpHeaders.ETAG, etag));
    }

    @Test
    void an_invalid_body_is_refused_with_each_invalid_field() throws Exception {
        NewApiToken olena = tokenOf("olena", ApiTokenScope.WRITE);

        mvc.perform(post("/api/v1/platforms")
                        .with(bearer(olena))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \" \", \"product\": \"X\", \"lifecycle\": \"ADOPT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "vendorId", "deployment")))
                .andExpect(jsonPath("$.errors[*].message").value(everyItem(org.hamcrest.Matchers.is("Required"))));
        mvc.perform(post("/api/v1/platforms")
                        .with(bearer(olena))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"API Bad Enum\", \"deployment\": \"MAINFRAME\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void lists_come_in_pages_sorted_as_asked() throws Exception {
        NewApiToken steering = tokenOf("steering", ApiTokenScope.READ);
        MvcResult all = mvc.perform(
                        get("/api/v1/platforms").param("size", "200").with(bearer(steering)))
                .andExpect(status().isOk())
                .andReturn();
        List<String> names = JsonPath.read(all.getResponse().getContentAsString(), "$.items[*].name");
        List<String> descending =
                names.stream().sorted(Comparator.reverseOrder()).toList();
        assertThat(names).as("sorted by name by default").isSortedAccordingTo(Comparator.naturalOrder());

        mvc.perform(get("/api/v1/platforms")
                        .param("size", "2")
                        .param("page", "1")
                        .param("sort", "name,desc")
                        .with(bearer(steering)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name")
                        .value(org.hamcrest.Matchers.contains(descending.get(2), descending.get(3))))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalItems").value(names.size()))
                .andExpect(jsonPath("$.totalPages").value((names.size() + 1) / 2));
        mvc.perform(get("/api/v1/platforms")
                        .param("lifecycle", "SUSTAIN")
                        .param("sort", "vendor")
                        .param("sort", "name,desc")
                        .with(bearer(steering)))
                .andExpect(jsonPath("$.items[*].lifecycle").value(everyItem(org.hamcrest.Matchers.is("SUSTAIN"))))
                .andExpect(jsonPath("$.items", hasSize(greaterThan(1))));
    }

    @Test
    void paging_beyond_its_limits_or_by_an_unknown_field_is_refused() throws Exception {
        NewApiToken steering = tokenOf("steering", ApiTokenScope.READ);

        mvc.perform(get("/api/v1/platforms").param("size", "201").with(bearer(steering)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.messageKey").value("api.size.invalid"));
        mvc.perform(get("/api/v1/platforms").param("sort", "notes").with(bearer(steering)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.messageKey").value("api.sort.invalid"))
                .andExpect(jsonPath("$.detail").value(endsWith("name, vendor, product, deployment, lifecycle.")));
        mvc.perform(get("/api/v1/platforms").param("size", "0").with(bearer(steering)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.messageKey").value("api.size.invalid"));
        mvc.perform(get("/api/v1/platforms").param("page", "-1").with(bearer(steering)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.messageKey").value("api.page.invalid"));
        mvc.perform(get("/api/v1/platforms").param("size", "many").with(bearer(steering)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("many")));
    }

    @Test
    void paging_defaults_to_the_first_twenty_rows() throws Exception {
        NewApiToken steering = tokenOf("steering", ApiTokenScope.READ);

        mvc.perform(get("/api/v1/platforms").with(bearer(steering)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20));
        mvc.perform(get("/api/v1/platforms").param("page", "").param("size", "").with(bearer(steering)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20));
        mvc.perform(get("/api/v1/platforms").param("size", "200").with(bearer(steering)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(200));
    }

    @Test
    void an_owner_deletes_her_platform_with_if_match() throws Exception {
        NewApiToken olena = tokenOf("olena", ApiTokenScope.WRITE);
        String location =
                olenaCreates(olena, "API Short-lived Platform").getResponse().getHeader(HttpHeaders.LOCATION);

        mvc.perform(delete(location).with(bearer(olena)).header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isNoContent());

        mvc.perform(get(location).with(bearer(olena)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.messageKey").value("error.not-found"));
    }
}

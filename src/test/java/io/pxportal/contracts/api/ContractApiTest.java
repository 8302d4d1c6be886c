package io.pxportal.contracts.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

class ContractApiTest extends PortalApiTest {

    private int idOf(NewApiToken token, String path, String name, String field) throws Exception {
        MvcResult result = mvc.perform(get(path).param("q", name).with(bearer(token)))
                .andExpect(status().isOk())
                .andReturn();
        List<Integer> ids = JsonPath.read(
                result.getResponse().getContentAsString(), "$.items[?(@." + field + " == '" + name + "')].id");
        return ids.getFirst();
    }

    private String body(NewApiToken token, String number, String title, String owner) throws Exception {
        return """
                {"number": "%s", "title": "%s", "vendorId": %d, "platformIds": [%d], "owner": %s,
                 "start": "2025-01-01", "initialTermMonths": 12, "renewalType": "AUTOMATIC",
                 "renewalPeriodMonths": 12, "noticeAmount": 3, "noticeUnit": "MONTHS", "currency": "EUR",
                 "annualValue": 1200.50}""".formatted(
                        number,
                        title,
                        idOf(token, "/api/v1/vendors", "OpenText", "name"),
                        idOf(token, "/api/v1/platforms", "Exstream Statements", "name"),
                        owner == null ? "null" : "\"" + owner + "\"");
    }

    @Test
    void an_owner_creates_reads_changes_and_deletes_a_contract_with_if_match() throws Exception {
        NewApiToken olena = tokenOf("olena", ApiTokenScope.WRITE);

        MvcResult created = mvc.perform(post("/api/v1/contracts")
                        .with(bearer(olena))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(olena, "API-C-1", "Through the API", null)))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.vendor.name").value("OpenText"))
                .andExpect(jsonPath("$.platforms[0].name").value("Exstream Statements"))
                .andExpect(jsonPath("$.today.termEnd").exists())
                .andExpect(jsonPath("$.editable").value(true))
                .andExpect(jsonPath("$.alertLeadDays").value(org.hamcrest.Matchers.contains(120, 90, 60, 30, 7)))
                .andReturn();
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(location).matches("http://localhost/api/v1/contracts/\\d+");

        mvc.perform(get(location).with(bearer(olena)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.number").value("API-C-1"))
                .andExpect(jsonPath("$.annualValue").value(1200.50));
        mvc.perform(put(location)
                        .with(bearer(olena))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(olena, "API-C-1", "Renamed", null)))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(location)
                        .with(bearer(olena))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(olena, "API-C-1", "Renamed", null)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.title").value("Renamed"));
        mvc.perform(put(location)
                        .with(bearer(olena))
                        .header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(olena, "API-C-1", "Renamed", null).replace("}", ", \"alertLeadDays\": [7, 60]}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alertLeadDays").value(org.hamcrest.Matchers.contains(60, 7)));
        mvc.perform(put(location)
                        .with(bearer(olena))
                        .header(HttpHeaders.IF_MATCH, "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(olena, "API-C-1", "Renamed again", null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alertLeadDays").value(org.hamcrest.Matchers.contains(60, 7)));
        mvc.perform(put(location)
                        .with(bearer(olena))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(olena, "API-C-1", "Stale", null)))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.messageKey").value("error.concurrent-edit"));

        mvc.perform(delete(location).with(bearer(olena))).andExpect(status().isPreconditionRequired());
        mvc.perform(delete(location).with(bearer(olena)).header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(delete(location).with(bearer(olena)).header(HttpHeaders.IF_MATCH, "\"3\""))
                .andExpect(status().isNoContent());
        mvc.perform(get(location).with(bearer(olena))).andExpect(status().isNotFound());
    }

    @Test
    void a_product_owner_cannot_link_another_owners_platform_to_a_contract() throws Exception {
        NewApiToken olena = tokenOf("olena", ApiTokenScope.WRITE);
        int exstream = idOf(olena, "/api/v1/platforms", "Exstream Statements", "name");
        int inspire = idOf(olena, "/api/v1/platforms", "Inspire Correspondence", "name"); // marc's
        String own = body(olena, "API-LINK-1", "Own platform only", null);
        String withForeign = own.replace("[" + exstream + "]", "[" + exstream + ", " + inspire + "]");
        assertThat(withForeign).contains(", " + inspire + "]");

        mvc.perform(post("/api/v1/contracts")
                        .with(bearer(olena))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(withForeign.replace("API-LINK-1", "API-LINK-2")))
                .andExpect(status().isForbidden());
        String location = mvc.perform(post("/api/v1/contracts")
                        .with(bearer(olena))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(own))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.LOCATION);
        mvc.perform(put(location)
                        .with(bearer(olena))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(withForeign))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.messageKey").value("error.access-denied"));
        mvc.perform(get(location).with(bearer(olena)))
                .andExpect(jsonPath("$.platforms.length()").value(1));

        // An admin links any platform; one already on the contract may then stay when its owner edits it.
        NewApiToken admin = tokenOf("admin", ApiTokenScope.WRITE);
        mvc.perform(put(location)
                        .with(bearer(admin))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(withForeign))
                .andExpect(status().isOk());
        mvc.perform(put(location)
                        .with(bearer(olena))
                        .header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(withForeign.replace("Own platform only", "Renamed by its owner")))
                .andExpect(status().isOk());
    }

    @Test
    void without_a_token_the_api_refuses_and_a_read_token_or_a_reader_cannot_change() throws Exception {
        NewApiToken olenaRead = tokenOf("olena", ApiTokenScope.READ);
        NewApiToken finance = tokenOf("finance", ApiTokenScope.WRITE);
        int exstream = idOf(olenaRead, "/api/v1/contracts", "OT-2019-0042", "number");

        mvc.perform(get("/api/v1/contracts")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/contracts")
                        .with(bearer(olenaRead))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(olenaRead, "API-C-2", "Read token", null)))
                .andExpect(status().isForbidden());
        String etag = mvc.perform(get("/api/v1/contracts/{id}", exstream).with(bearer(finance)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.editable").value(false))
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.ETAG);
        mvc.perform(delete("/api/v1/contracts/{id}", exstream)
                        .with(bearer(finance))
                        .header(HttpHeaders.IF_MATCH, etag))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void the_list_filters_sorts_and_pages() throws Exception {
        NewApiToken steering = tokenOf("steering", ApiTokenScope.READ);
        int quadient = idOf(steering, "/api/v1/vendors", "Quadient", "name");

        mvc.perform(get("/api/v1/contracts")
                        .param("vendorId", String.valueOf(quadient))
                        .with(bearer(steering)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].vendor.name", everyItem(org.hamcrest.Matchers.is("Quadient"))))
                .andExpect(jsonPath("$.items[0].number").value("QD-MSLA-2021"));
        mvc.perform(get("/api/v1/contracts")
                        .param("q", "-20")
                        .param("sort", "number,desc")
                        .param("size", "2")
                        .with(bearer(steering)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].number").value("SC-PILOT-2026"))
                .andExpect(jsonPath("$.items[1].number").value("QD-MSLA-2021"))
                .andExpect(jsonPath("$.totalPages").value(org.hamcrest.Matchers.greaterThanOrEqualTo(3)));
        mvc.perform(get("/api/v1/contracts").param("sort", "vendor").with(bearer(steering)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.messageKey").value("api.sort.invalid"));
    }

    @Test
    void the_schedule_on_a_date_is_explained_in_the_callers_language() throws Exception {
        NewApiToken steering = tokenOf("steering", ApiTokenScope.READ);
        NewApiToken olena = tokenOf("olena", ApiTokenScope.WRITE);
        MvcResult created = mvc.perform(post("/api/v1/contracts")
                        .with(bearer(olena))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(olena, "API-C-3", "Schedule", null)))
                .andExpect(status().isCreated())
                .andReturn();
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);

        mvc.perform(get(location + "/schedule")
                        .param("date", "2026-06-15")
                        .with(bearer(steering))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "uk"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2026-06-15"))
                .andExpect(jsonPath("$.state").value("RENEWING"))
                .andExpect(jsonPath("$.termNumber").value(1))
                .andExpect(jsonPath("$.termEnd").value("2026-12-31"))
                .andExpect(jsonPath("$.noticeDeadline").value("2026-09-30"))
                .andExpect(jsonPath("$.nextRenewal").value("2027-01-01"))
                .andExpect(jsonPath("$.explanation[?(@.messageKey == 'renewal.explain.notice')].text")
                        .value(org.hamcrest.Matchers.hasItem(containsString("Повідомлення за 3 місяців"))));
        mvc.perform(get(location + "/schedule").param("date", "15.06.2026").with(bearer(steering)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void an_unknown_owner_is_a_broken_rule_not_a_server_error() throws Exception {
        NewApiToken olena = tokenOf("olena", ApiTokenScope.WRITE);

        mvc.perform(post("/api/v1/contracts")
                        .with(bearer(olena))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(olena, "API-C-4", "Unknown owner", "no.such.user")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.messageKey").value("contract.owner.unknown"));
    }

    @Test
    void a_notice_longer_than_the_term_is_saved_with_its_warning_in_the_resource() throws Exception {
        NewApiToken olena = tokenOf("olena", ApiTokenScope.WRITE);
        String inconsistent = body(olena, "API-C-9", "Notice longer than the term", null)
                .replace("\"initialTermMonths\": 12", "\"initialTermMonths\": 3")
                .replace("\"noticeAmount\": 3", "\"noticeAmount\": 6");

        MvcResult created = mvc.perform(post("/api/v1/contracts")
                        .with(bearer(olena))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(inconsistent))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inconsistent").value(true))
                .andExpect(jsonPath("$.warnings[0].messageKey")
                        .value("contract.warning.notice-exceeds-initial-term.MONTHS"))
                .andExpect(jsonPath("$.warnings[0].text").value(containsString("6 months")))
                .andReturn();
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);

        mvc.perform(get(location + "/schedule").param("date", "2025-02-15").with(bearer(olena)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.explanation[*].messageKey")
                        .value(org.hamcrest.Matchers.hasItem("renewal.explain.notice-before-term")))
                .andExpect(jsonPath("$.explanation[*].messageKey")
                        .value(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.hasItem("renewal.explain.deadline-passed"))));
        mvc.perform(get("/api/v1/contracts")
                        .param("inconsistent", "true")
                        .param("q", "API-C-")
                        .with(bearer(olena)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].number").value(org.hamcrest.Matchers.contains("API-C-9")));
    }

    @Test
    void an_implausible_start_is_refused_naming_the_date() throws Exception {
        NewApiToken olena = tokenOf("olena", ApiTokenScope.WRITE);

        mvc.perform(post("/api/v1/contracts")
                        .with(bearer(olena))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(olena, "API-C-10", "Typo", null).replace("2025-01-01", "0225-01-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.messageKey").value("contract.start.implausible"))
                .andExpect(jsonPath("$.detail").value(containsString("0225-01-01")));
    }
}

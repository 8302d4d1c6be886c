package io.pxportal.portfolio.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.pxportal.PortalApiTest;
import io.pxportal.identity.ApiTokenScope;
import io.pxportal.identity.NewApiToken;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

class VendorApiTest extends PortalApiTest {

    @Test
    void an_admin_creates_reads_changes_and_deletes_a_vendor() throws Exception {
        NewApiToken admin = tokenOf("admin", ApiTokenScope.WRITE);

        MvcResult created = mvc.perform(post("/api/v1/vendors")
                        .with(bearer(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Doxee API", "country": "IT", "website": "https://www.doxee.com",
                                 "contacts": [{"name": "Giulia Rossi", "role": "Account manager"}]}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.contacts[0].name").value("Giulia Rossi"))
                .andReturn();
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);

        mvc.perform(get(location).with(bearer(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.name").value("Doxee API"));
        MvcResult changed = mvc.perform(put(location)
                        .with(bearer(admin))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Doxee API\", \"country\": \"IT\", \"contacts\": []}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contacts").isEmpty())
                .andReturn();
        String etag = changed.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag)
                .isNotEqualTo("\"0\"")
                .isEqualTo("\"" + JsonPath.read(changed.getResponse().getContentAsString(), "$.version") + "\"");

        mvc.perform(delete(location).with(bearer(admin)).header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(delete(location).with(bearer(admin)).header(HttpHeaders.IF_MATCH, etag))
                .andExpect(status().isNoContent());
        mvc.perform(get(location).with(bearer(admin))).andExpect(status().isNotFound());
    }

    @Test
    void a_broken_rule_is_explained_with_its_key_in_the_callers_language() throws Exception {
        NewApiToken marc = tokenOf("marc", ApiTokenScope.WRITE);

        mvc.perform(post("/api/v1/vendors")
                        .with(bearer(marc))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "ru")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Quadient\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.messageKey").value("vendor.name.taken"))
                .andExpect(jsonPath("$.detail").value(containsString("«Quadient»")));
    }

    @Test
    void invalid_contacts_are_named_by_their_position() throws Exception {
        NewApiToken marc = tokenOf("marc", ApiTokenScope.WRITE);

        mvc.perform(post("/api/v1/vendors")
                        .with(bearer(marc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "uk")
                        .content("""
                                {"name": "Bad Contact Vendor", "country": "Italy",
                                 "contacts": [{"name": "Ok"}, {"name": "Ann", "email": "not-an-email"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contacts[1].email"))
                .andExpect(jsonPath("$.errors[1].field").value("country"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("Italy — не код країни ISO 3166")));
    }

    @Test
    void only_an_admin_deletes_vendors() throws Exception {
        NewApiToken marc = tokenOf("marc", ApiTokenScope.WRITE);
        String etag = mvc.perform(get("/api/v1/vendors/{id}", 1).with(bearer(marc)))
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.ETAG);

        mvc.perform(delete("/api/v1/vendors/{id}", 1).with(bearer(marc)).header(HttpHeaders.IF_MATCH, etag))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void an_unknown_vendor_or_path_is_a_problem_not_a_page_of_the_ui() throws Exception {
        NewApiToken marc = tokenOf("marc", ApiTokenScope.READ);

        mvc.perform(get("/api/v1/vendors/{id}", Long.MAX_VALUE).with(bearer(marc)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        MvcResult unknown = mvc.perform(get("/api/v1/no-such-records").with(bearer(marc)))
                .andExpect(status().isNotFound())
                .andExpect(forwardedUrl(null))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn();
        assertThat(unknown.getResponse().getContentAsString()).doesNotContain("<html");
    }
}

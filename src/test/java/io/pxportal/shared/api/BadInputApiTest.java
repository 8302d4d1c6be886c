package io.pxportal.shared.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pxportal.PortalApiTest;
import io.pxportal.identity.ApiTokenScope;
import io.pxportal.identity.NewApiToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Requests testers sent that were once answered 500: each a 400 problem now, in the caller's language. */
class BadInputApiTest extends PortalApiTest {

    private NewApiToken admin;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.boot.web.servlet.FilterRegistrationBean<ApiBodyLimitFilter> bodyLimit;

    @BeforeEach
    void token() {
        admin = tokenOf("admin", ApiTokenScope.WRITE);
    }

    private ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(bearer(admin)).header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
    }

    private static void badRequest(ResultActions result) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reference").doesNotExist());
    }

    private ResultActions createContract(String overrides) throws Exception {
        String body = """
                {"number": "BAD-INPUT-%d", "title": "Bad input", "vendorId": 1, "start": "2026-01-01",
                 "initialTermMonths": 12, "renewalType": "NONE", "currency": "EUR" %s}
                """.formatted(System.nanoTime(), overrides);
        return send(post("/api/v1/contracts")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void a_null_in_a_list_of_ids_is_a_400() throws Exception {
        badRequest(createContract(", \"platformIds\": [null]"));
    }

    @Test
    void an_annual_value_of_1e40_is_a_400() throws Exception {
        badRequest(createContract(", \"annualValue\": 1e40"));
    }

    @Test
    void a_start_in_the_year_999999999_is_a_400() throws Exception {
        String body = """
                {"number": "BAD-INPUT-FAR", "title": "Bad input", "vendorId": 1, "start": "+999999999-12-31",
                 "initialTermMonths": 12, "renewalType": "NONE", "currency": "EUR"}
                """;
        badRequest(send(post("/api/v1/contracts")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)));
    }

    @Test
    void a_start_on_9999_12_31_is_refused_with_the_plausible_range() throws Exception {
        String body = """
                {"number": "BAD-INPUT-9999", "title": "Bad input", "vendorId": 1, "start": "9999-12-31",
                 "initialTermMonths": 12, "renewalType": "NONE", "currency": "EUR"}
                """;
        ResultActions result = send(post("/api/v1/contracts")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
        badRequest(result);
        result.andExpect(content().string(containsString("1990-01-01")));
    }

    @Test
    void a_schedule_on_a_far_date_is_a_400() throws Exception {
        badRequest(send(get("/api/v1/contracts/1/schedule").queryParam("date", "+999999999-12-31")));
    }

    @Test
    void compliance_from_month_13_is_a_400_naming_the_value() throws Exception {
        ResultActions result = send(get("/api/v1/tickets/compliance")
                .queryParam("from", "2026-13")
                .queryParam("to", "2026-12")
                .queryParam("by", "VENDOR"));
        badRequest(result);
        result.andExpect(content().string(containsString("2026-13")));
    }

    @Test
    void compliance_by_an_unknown_grouping_is_a_400() throws Exception {
        badRequest(send(get("/api/v1/tickets/compliance")
                .queryParam("from", "2026-01")
                .queryParam("to", "2026-12")
                .queryParam("by", "PLANET")));
    }

    @Test
    void a_page_whose_first_row_is_past_two_billion_is_a_400() throws Exception {
        badRequest(send(get("/api/v1/vendors").queryParam("page", "2147483647").queryParam("size", "200")));
        badRequest(send(get("/api/v1/vendors").queryParam("page", "99999999999")));
    }

    @Test
    void an_export_in_an_unknown_format_is_a_400_naming_the_formats() throws Exception {
        ResultActions result = send(get("/api/v1/export/vendors").queryParam("format", "pdf"));
        badRequest(result);
        result.andExpect(content().string(containsString("xlsx")));
    }

    @Test
    void a_json_body_over_the_json_limit_is_refused_before_it_is_read() throws Exception {
        byte[] body = new byte[12 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '[';
        body[body.length - 1] = ']';
        // The limit is a servlet filter, which MockMvc adds only when asked.
        org.springframework.test.web.servlet.MockMvc limited =
                org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                        .addFilter(bodyLimit.getFilter(), "/api/*")
                        .apply(
                                org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers
                                        .springSecurity())
                        .build();
        limited.perform(post("/api/v1/import/vendors/rows")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(bearer(admin))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().is(413))
                .andExpect(jsonPath("$.detail").value(containsString("10 MB")));
    }
}

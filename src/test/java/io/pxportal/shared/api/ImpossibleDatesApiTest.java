package io.pxportal.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pxportal.PortalApiTest;
import io.pxportal.identity.ApiTokenScope;
import io.pxportal.identity.NewApiToken;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same impossible dates, times and months through every API endpoint that takes one in a JSON body: each is a
 * 400 problem naming the field and the value, and nothing is written.
 */
class ImpossibleDatesApiTest extends PortalApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<String> INSTANTS = List.of(
            "2026-02-31T10:00:00Z",
            "2026-02-29T10:00:00+01:00",
            "2026-04-31T10:00:00Z",
            "2026-13-05T10:00:00Z",
            "2026-03-05T24:00:00Z",
            "2026-03-05T24:61:00Z",
            "2026-03-05T10:60:00Z",
            "2026-03-05T23:59:60Z");
    private static final List<String> DATES =
            List.of("2026-02-31", "2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-03-05T24:00:00Z");
    private static final List<String> MONTHS = List.of("2026-13", "2026-00", "2026-02-30");

    private static final Map<String, Object> TICKET = Map.of(
            "platformId",
            1,
            "caseId",
            "API-IMPOSSIBLE-1",
            "severity",
            "P2",
            "category",
            "DEFECT",
            "title",
            "Impossible",
            "openedAt",
            "2026-03-05T09:15:00Z");
    private static final Map<String, Object> CONTRACT = Map.of(
            "number",
            "API-IMPOSSIBLE-1",
            "title",
            "Impossible",
            "vendorId",
            1,
            "platformIds",
            List.of(1),
            "start",
            "2025-01-01",
            "initialTermMonths",
            12,
            "renewalType",
            "AUTOMATIC",
            "renewalPeriodMonths",
            12,
            "currency",
            "EUR");
    private static final Map<String, Object> MEASUREMENT =
            Map.of("environment", "DR", "from", "2026-01-01", "to", "2026-01-31", "quantity", 1, "source", "MANUAL");
    private static final Map<String, Object> OBJECTIVE =
            Map.of("code", "API-IMPOSSIBLE", "name", "Impossible", "validFrom", "2026-01-01");
    private static final Map<String, Object> COST_LINE = Map.of(
            "reference",
            "API-IMPOSSIBLE-1",
            "platformId",
            1,
            "category",
            "LICENCE",
            "period",
            "2026-03",
            "amount",
            1,
            "currency",
            "EUR");
    private static final Map<String, Object> ITEM_STATUS = Map.of("status", "DELAYED", "committedQuarter", "2031-Q1");
    private static final Map<String, Object> TICKET_STATUS = Map.of("status", "IN_PROGRESS");

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> impossibleValues() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String field : List.of("openedAt", "statusSince", "firstResponseAt", "resolvedAt", "closedAt")) {
            INSTANTS.forEach(v -> cases.add(Arguments.of("/api/v1/tickets", TICKET, field, v)));
        }
        INSTANTS.forEach(v -> cases.add(Arguments.of("/api/v1/tickets/1/status", TICKET_STATUS, "at", v)));
        for (String field : List.of("start", "noticeGivenOn")) {
            DATES.forEach(v -> cases.add(Arguments.of("/api/v1/contracts", CONTRACT, field, v)));
        }
        for (String field : List.of("from", "to")) {
            DATES.forEach(v -> cases.add(Arguments.of("/api/v1/entitlements/1/measurements", MEASUREMENT, field, v)));
        }
        for (String field : List.of("validFrom", "validTo")) {
            DATES.forEach(v -> cases.add(Arguments.of("/api/v1/roadmap/objectives", OBJECTIVE, field, v)));
        }
        DATES.forEach(v -> cases.add(Arguments.of("/api/v1/roadmap/items/1/status", ITEM_STATUS, "on", v)));
        MONTHS.forEach(v -> cases.add(Arguments.of("/api/v1/cost-lines", COST_LINE, "period", v)));
        return cases.build();
    }

    @ParameterizedTest(name = "{0} {2} = {3}")
    @MethodSource("impossibleValues")
    void an_impossible_value_is_a_400_naming_the_field_and_the_value(
            String path, Map<String, Object> valid, String field, String value) throws Exception {
        NewApiToken admin = tokenOf("admin", ApiTokenScope.WRITE);
        Map<String, Object> body = new LinkedHashMap<>(valid);
        body.put(field, value);
        long revisions = revisions();

        mvc.perform(post(path)
                        .with(bearer(admin))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(value)));
        assertThat(revisions()).isEqualTo(revisions);
    }

    @Test
    void the_problem_speaks_the_callers_language() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(TICKET);
        body.put("openedAt", "2026-02-31T10:00:00Z");
        mvc.perform(post("/api/v1/tickets")
                        .with(bearer(tokenOf("admin", ApiTokenScope.WRITE)))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "uk")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("не справжні дата й час")));
    }

    @Test
    void json_rows_for_the_import_refuse_impossible_times_and_dates_with_row_errors() throws Exception {
        NewApiToken admin = tokenOf("admin", ApiTokenScope.WRITE);
        long revisions = revisions();
        for (String opened :
                List.of("31.02.2026 10:00", "2026-02-31 10:00", "2026-03-05 24:61", "2026-03-05T23:59:60Z")) {
            mvc.perform(post("/api/v1/import/tickets/rows")
                            .with(bearer(admin))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(JSON.writeValueAsString(List.of(Map.of(
                                    "platform",
                                    "Exstream Statements",
                                    "caseId",
                                    "API-ROWS-IMPOSSIBLE",
                                    "severity",
                                    "P2",
                                    "title",
                                    "Impossible",
                                    "opened",
                                    opened)))))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].column").value("opened"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString(opened)));
        }
        mvc.perform(post("/api/v1/import/contracts/rows")
                        .with(bearer(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                [{"number": "API-ROWS-IMPOSSIBLE", "title": "Impossible", "vendor": "OpenText",
                                  "start": "31.02.2026", "initialTermMonths": 12, "renewalType": "AUTOMATIC",
                                  "currency": "EUR"}]"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].column").value(hasItem("start")));
        assertThat(revisions()).isEqualTo(revisions);
    }

    @Test
    void a_month_in_a_query_that_does_not_exist_is_a_400_naming_the_parameter() throws Exception {
        NewApiToken reader = tokenOf("admin", ApiTokenScope.READ);
        mvc.perform(get("/api/v1/tickets").param("from", "2026-13").with(bearer(reader)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("2026-13")));
        mvc.perform(get("/api/v1/tickets/compliance")
                        .param("from", "2026-01")
                        .param("to", "2026-00")
                        .with(bearer(reader)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    private long revisions() {
        return jdbc.queryForObject("select count(*) from revinfo", Long.class);
    }
}

package io.pxportal.support.api;

import static org.assertj.core.api.Assertions.assertThat;
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

/** Business calendars and SLA policies through the REST API: create, read, change with If-Match, retire, refuse. */
class SlaPolicyApiTest extends PortalApiTest {

    private static final String CALENDAR = """
            {"name": "%s", "timeZone": "America/New_York",
             "weeks": [{"effectiveFrom": "2026-01-01", "hours": "%s"}],
             "holidays": [{"date": "2026-11-26", "name": "Thanksgiving"}]}""";

    private int idOf(NewApiToken token, String path, String name, String field) throws Exception {
        MvcResult result = mvc.perform(
                        get(path).param("q", name).param("size", "200").with(bearer(token)))
                .andExpect(status().isOk())
                .andReturn();
        List<Integer> ids = JsonPath.read(
                result.getResponse().getContentAsString(), "$.items[?(@." + field + " == '" + name + "')].id");
        return ids.getFirst();
    }

    private String contract(NewApiToken token, String number) throws Exception {
        String body = """
                {"number": "%s", "title": "API SLA contract", "vendorId": %d, "platformIds": [%d],
                 "start": "2026-01-01", "initialTermMonths": 60, "renewalType": "NONE", "noticeAmount": 3,
                 "noticeUnit": "MONTHS", "currency": "USD", "annualValue": 36000}""".formatted(
                        number,
                        idOf(token, "/api/v1/vendors", "Smart Communications", "name"),
                        idOf(token, "/api/v1/platforms", "SmartCOMM Onboarding Pilot", "name"));
        MvcResult created = mvc.perform(post("/api/v1/contracts")
                        .with(bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn();
        return JsonPath.read(created.getResponse().getContentAsString(), "$.id").toString();
    }

    private static String policy(String contractId, String calendarId, String name, int p1Response) {
        String target = """
                {"name": "%s", "responseMinutes": %d, "resolutionMinutes": 480, "responseRoundTheClock": false,
                 "resolutionRoundTheClock": %s, "breachCreditPercent": 5}""";
        return """
                {"contractId": %s, "name": "%s", "calendarId": %s, "pausingStatuses": ["WAITING_ON_CUSTOMER"],
                 "uptimeTarget": 99.9, "monthlyFee": 3000, "currency": "USD", "creditTiers": "99.5:10; 95:15",
                 "creditCapPercent": 25, "claimWindowDays": 30,
                 "targets": {"P1": %s, "P2": %s, "P3": %s, "P4": %s}}""".formatted(
                        contractId,
                        name,
                        calendarId,
                        target.formatted("Critical", p1Response, true),
                        target.formatted("High", 240, false),
                        target.formatted("Medium", 480, false),
                        target.formatted("Low", 960, false));
    }

    @Test
    void an_owner_creates_a_calendar_and_a_policy_changes_them_with_if_match_and_retires_the_policy() throws Exception {
        NewApiToken marc = tokenOf("marc", ApiTokenScope.WRITE);
        String contractId = contract(marc, "API-SLA-1");

        MvcResult calendar = mvc.perform(post("/api/v1/business-calendars")
                        .with(bearer(marc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CALENDAR.formatted("API New York office", "Mon-Thu 08:00-17:00; Fri 08:00-14:00")))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.weeks[0].hours").value("Mon-Thu 08:00-17:00; Fri 08:00-14:00"))
                .andExpect(jsonPath("$.holidays[0].name").value("Thanksgiving"))
                .andReturn();
        String calendarUrl = calendar.getResponse().getHeader(HttpHeaders.LOCATION);
        String calendarId = JsonPath.read(calendar.getResponse().getContentAsString(), "$.id")
                .toString();

        MvcResult created = mvc.perform(post("/api/v1/sla-policies")
                        .with(bearer(marc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(policy(contractId, calendarId, "API New York support", 90)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.calendar").value("API New York office"))
                .andExpect(jsonPath("$.timeZone").value("America/New_York"))
                .andExpect(jsonPath("$.targets.P1.responseMinutes").value(90))
                .andExpect(jsonPath("$.targets.P1.resolutionRoundTheClock").value(true))
                .andReturn();
        String policyUrl = created.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(policyUrl).matches("http://localhost/api/v1/sla-policies/\\d+");

        mvc.perform(post("/api/v1/sla-policies")
                        .with(bearer(marc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(policy(contractId, calendarId, "A second one", 90)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.messageKey").value("support.policy.contract-taken"));
        mvc.perform(put(policyUrl)
                        .with(bearer(marc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(policy(contractId, calendarId, "API New York support", 60)))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(policyUrl)
                        .with(bearer(marc))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .param("retimeFrom", "2026-01")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(policy(contractId, calendarId, "API New York support", 60)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.targets.P1.responseMinutes").value(60));
        mvc.perform(put(calendarUrl)
                        .with(bearer(marc))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CALENDAR.formatted("API New York office", "Mon-Fri 08:00-17:00")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.weeks[0].hours").value("Mon-Fri 08:00-17:00"));
        mvc.perform(put(calendarUrl)
                        .with(bearer(marc))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CALENDAR.formatted("API New York office", "Mon-Fri 09:00-17:00")))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put(calendarUrl)
                        .with(bearer(marc))
                        .header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CALENDAR.formatted("API New York office", "Mon-Fri 9-17")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.messageKey").value("support.calendar.hours.invalid"));

        mvc.perform(post(policyUrl + "/retire").with(bearer(marc)).header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.retiredOn").exists());
        mvc.perform(post("/api/v1/sla-policies")
                        .with(bearer(marc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(policy(contractId, calendarId, "After the retired one", 90)))
                .andExpect(status().isCreated());
    }

    @Test
    void readers_read_and_cannot_create_or_change() throws Exception {
        NewApiToken steering = tokenOf("steering", ApiTokenScope.WRITE);
        NewApiToken olena = tokenOf("olena", ApiTokenScope.WRITE);
        mvc.perform(get("/api/v1/sla-policies").with(bearer(steering)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].targets.P1.name").exists());
        mvc.perform(get("/api/v1/business-calendars").with(bearer(steering)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].weeks[0].hours").exists());
        mvc.perform(get("/api/v1/sla-policies")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/business-calendars")
                        .with(bearer(steering))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CALENDAR.formatted("Steering office", "Mon-Fri 08:00-17:00")))
                .andExpect(status().isForbidden());
        int quadient = idOf(steering, "/api/v1/contracts", "QD-MSLA-2021", "number");
        mvc.perform(post("/api/v1/sla-policies")
                        .with(bearer(olena))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(policy(String.valueOf(quadient), "1", "Not olena's", 90)))
                .andExpect(status().isForbidden());
    }
}

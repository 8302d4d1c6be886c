package io.pxportal.finance.api;

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

class FinanceApiTest extends PortalApiTest {

    private int platformId(NewApiToken token, String name) throws Exception {
        String body = mvc.perform(get("/api/v1/platforms").param("q", name).with(bearer(token)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> ids = JsonPath.read(body, "$.items[?(@.name == '" + name + "')].id");
        return ids.getFirst();
    }

    @Test
    void finance_pushes_a_cost_line_and_changes_it_with_if_match() throws Exception {
        NewApiToken finance = tokenOf("finance", ApiTokenScope.WRITE);
        String body = """
                {"reference": "API-COST-1", "platformId": %d, "category": "VENDOR_SERVICES", "period": "2026-02",
                 "amount": 1234.50, "currency": "GBP", "description": "Workshop"}""".formatted(platformId(finance, "SmartCOMM Onboarding Pilot"));

        String location = mvc.perform(post("/api/v1/cost-lines")
                        .with(bearer(finance))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.vendor.name").value("Smart Communications"))
                .andExpect(jsonPath("$.draft.kind").value("ACTUAL"))
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.LOCATION);
        mvc.perform(put(location)
                        .with(bearer(finance))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(location)
                        .with(bearer(finance))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("1234.50", "1300.00")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.draft.amount").value(1300.00));
    }

    @Test
    void steering_reads_the_figures_with_their_currency_and_gaps_but_cannot_push_costs() throws Exception {
        NewApiToken steering = tokenOf("steering", ApiTokenScope.WRITE);

        mvc.perform(get("/api/v1/finance/budget-vs-actual")
                        .param("dimension", "CATEGORY")
                        .with(bearer(steering)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.gaps[0].currency").value("USD"))
                .andExpect(jsonPath("$.total.actual.currency").value("EUR"));
        mvc.perform(get("/api/v1/finance/forecast")
                        .param("years", "3")
                        .param("indexAssumption", "9")
                        .with(bearer(steering)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years.length()").value(3))
                .andExpect(jsonPath("$.indexAssumption").value(9));
        mvc.perform(post("/api/v1/cost-lines")
                        .with(bearer(steering))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\": \"X\", \"platformId\": 1, \"category\": \"LICENCE\", "
                                + "\"period\": \"2026-01\", \"amount\": 1, \"currency\": \"EUR\"}"))
                .andExpect(status().isForbidden());
    }
}

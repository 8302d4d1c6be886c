package io.pxportal.licensing.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pxportal.PortalApiTest;
import io.pxportal.identity.ApiTokenScope;
import io.pxportal.identity.NewApiToken;
import io.pxportal.licensing.EntitlementFilter;
import io.pxportal.licensing.EntitlementService;
import io.pxportal.licensing.MeasurementSource;
import io.pxportal.licensing.MeasurementView;
import io.pxportal.licensing.UsageService;
import io.pxportal.shared.security.SystemAuthentication;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

class MeasurementApiTest extends PortalApiTest {

    @Autowired
    EntitlementService entitlements;

    @Autowired
    UsageService usage;

    private Long documents() {
        Long[] id = new Long[1];
        SystemAuthentication.runAs(
                "test",
                () -> id[0] = entitlements
                        .page(
                                new EntitlementFilter("Exstream Engine documents", null, null, null),
                                null,
                                PageRequest.of(0, 1))
                        .getFirst()
                        .id());
        return id[0];
    }

    private static String body(YearMonth month, String quantity) {
        return """
                {"environment": "DR", "from": "%s", "to": "%s", "quantity": %s, "source": "MANUAL"}""".formatted(month.atDay(1), month.atEndOfMonth(), quantity);
    }

    @Test
    void usage_pushed_through_the_api_is_recorded_as_pushed_by_api_whatever_the_client_claims() throws Exception {
        NewApiToken olena = tokenOf("olena", ApiTokenScope.WRITE);
        Long entitlement = documents();
        YearMonth month = YearMonth.from(LocalDate.now()).minusMonths(2);

        MvcResult pushed = mvc.perform(post("/api/v1/entitlements/{id}/measurements", entitlement)
                        .with(bearer(olena))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(month, "120000")))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.source").value("API"))
                .andExpect(jsonPath("$.environment").value("DR"))
                .andReturn();
        String location = pushed.getResponse().getHeader(HttpHeaders.LOCATION);

        List<MeasurementView> stored = new java.util.ArrayList<>();
        SystemAuthentication.runAs(
                "test", () -> stored.addAll(usage.measurements(entitlement, PageRequest.of(0, 200))));
        assertThat(stored)
                .filteredOn(m -> m.from().equals(month.atDay(1))
                        && m.environment().name().equals("DR"))
                .singleElement()
                .extracting(MeasurementView::source)
                .isEqualTo(MeasurementSource.API);
        mvc.perform(get("/api/v1/entitlements/{id}/measurements", entitlement)
                        .param("size", "200")
                        .with(bearer(olena)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.environment == 'DR')].source")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("API"))));

        mvc.perform(post("/api/v1/entitlements/{id}/measurements", entitlement)
                        .with(bearer(olena))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(month, "130000")))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.messageKey").value("measurement.exists"));
        mvc.perform(delete(location).with(bearer(olena)).header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isNoContent());
    }

    @Test
    void finance_reads_usage_but_cannot_push_it() throws Exception {
        NewApiToken finance = tokenOf("finance", ApiTokenScope.WRITE);
        Long entitlement = documents();

        mvc.perform(get("/api/v1/entitlements/{id}/measurements", entitlement).with(bearer(finance)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(org.hamcrest.Matchers.greaterThan(0)));
        mvc.perform(post("/api/v1/entitlements/{id}/measurements", entitlement)
                        .with(bearer(finance))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(YearMonth.from(LocalDate.now()).minusMonths(3), "1")))
                .andExpect(status().isForbidden());
    }
}

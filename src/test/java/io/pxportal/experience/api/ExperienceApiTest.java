package io.pxportal.experience.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.pxportal.PortalApiTest;
import io.pxportal.identity.ApiTokenScope;
import io.pxportal.identity.NewApiToken;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ExperienceApiTest extends PortalApiTest {

    private int platformId(NewApiToken token, String name) throws Exception {
        String json = mvc.perform(get("/api/v1/platforms").param("q", name).with(bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> ids = JsonPath.read(json, "$.items[?(@.name == '" + name + "')].id");
        return ids.getFirst();
    }

    @Test
    void an_owner_pushes_observations_and_reads_them_back_with_the_scores() throws Exception {
        NewApiToken olena = tokenOf("olena", ApiTokenScope.WRITE);
        int exstream = platformId(olena, "Exstream Statements");
        mvc.perform(post("/api/v1/experience/observations")
                        .with(bearer(olena))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                [{"platformId": %d, "metric": "ux.readability", "period": "2019-Q4", "value": 55}]
                                """.formatted(exstream)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.written").value(1));
        mvc.perform(get("/api/v1/experience/observations")
                        .param("platformId", String.valueOf(exstream))
                        .param("period", "2019-Q4")
                        .with(bearer(olena)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].metric").value("ux.readability"))
                .andExpect(jsonPath("$.items[0].origin").value("API"));
        mvc.perform(get("/api/v1/experience/scores")
                        .param("platformId", String.valueOf(exstream))
                        .param("period", "2019-Q4")
                        .with(bearer(olena)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scorecard.dimensions.UX.value").value(50.0)); // (55 − 40) / (70 − 40)
    }

    @Test
    void a_product_owner_cannot_push_for_someone_elses_platform_nor_a_derived_metric() throws Exception {
        NewApiToken marc = tokenOf("marc", ApiTokenScope.WRITE);
        int exstream = platformId(marc, "Exstream Statements"); // owned by olena
        mvc.perform(post("/api/v1/experience/observations")
                        .with(bearer(marc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                [{"platformId": %d, "metric": "ux.readability", "period": "2019-Q4", "value": 10}]
                                """.formatted(exstream)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.messageKey").value("error.access-denied"));
        NewApiToken olena = tokenOf("olena", ApiTokenScope.WRITE);
        mvc.perform(post("/api/v1/experience/observations")
                        .with(bearer(olena))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                [{"platformId": %d, "metric": "px.shelfware", "period": "2019-Q4", "value": 10}]
                                """.formatted(exstream)))
                .andExpect(status().isBadRequest());
    }
}

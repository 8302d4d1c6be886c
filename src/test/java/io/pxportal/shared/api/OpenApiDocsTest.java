package io.pxportal.shared.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pxportal.PortalApiTest;
import org.junit.jupiter.api.Test;

/** The API describes itself to anyone, without a login, and Vaadin (mapped at /*) leaves those paths alone. */
class OpenApiDocsTest extends PortalApiTest {

    @Test
    void the_openapi_document_lists_the_endpoints_and_the_bearer_scheme() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("PX Portal API"))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/vendors")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/vendors/{id}")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/platforms")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/platforms/{id}")))
                .andExpect(jsonPath("$.paths.keys()", everyItem(startsWith("/api/v1/"))))
                .andExpect(jsonPath("$.paths['/api/v1/platforms/{id}'].put.responses", hasKey("412")))
                .andExpect(jsonPath("$.paths['/api/v1/platforms/{id}'].put.responses", hasKey("428")))
                .andExpect(
                        jsonPath("$.components.securitySchemes.apiToken.type").value("http"))
                .andExpect(
                        jsonPath("$.components.securitySchemes.apiToken.scheme").value("bearer"))
                .andExpect(jsonPath("$.security[0]", hasKey("apiToken")))
                .andExpect(jsonPath("$.tags[*].name", hasItems("Vendors", "Platforms")));
    }

    @Test
    void swagger_ui_is_served_by_springdoc_not_by_vaadin() throws Exception {
        mvc.perform(get("/swagger-ui.html"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/swagger-ui/index.html"));
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andExpect(forwardedUrl(null))
                .andExpect(content().string(containsString("swagger-ui")));
        mvc.perform(get("/v3/api-docs/swagger-config"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.url").value("/v3/api-docs"));
    }
}

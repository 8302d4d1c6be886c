package io.pxportal.shared.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Errors nobody planned for, on Spring MVC alone (no portal context): a reference id, never the exception. */
class ApiExceptionHandlerTest {

    // Inner (not static) classes, so that component scanning does not put them into the portal's test context.
    @ApiController
    class Failing {
        @GetMapping("/api/test/boom")
        String boom() {
            throw new IllegalStateException("database password is hunter2");
        }

        @GetMapping("/api/test/number")
        int number(@RequestParam int value) {
            return value;
        }
    }

    /** Not an API controller: its errors are none of the API's business. */
    @RestController
    class NotApi {
        @GetMapping("/other/boom")
        String boom() {
            throw new IllegalStateException("not ours");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing(), new NotApi())
            .setControllerAdvice(new ApiExceptionHandler(
                    new ApiMessages(messages()),
                    new UploadLimit(org.springframework.util.unit.DataSize.ofMegabytes(50))))
            .setLocaleResolver(ApiMessages.localeResolver())
            .build();

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void an_unexpected_error_gives_a_reference_and_no_detail_of_the_exception() throws Exception {
        mvc.perform(get("/api/test/boom"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reference").value(matchesPattern("[0-9A-F]{8}")))
                .andExpect(jsonPath("$.detail").value(containsString("reference")))
                .andExpect(content().string(not(containsString("hunter2"))))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void the_reference_is_explained_in_the_callers_language() throws Exception {
        mvc.perform(get("/api/test/boom").header(HttpHeaders.ACCEPT_LANGUAGE, "ar"))
                .andExpect(jsonPath("$.detail").value(containsString("المرجع")));
    }

    @Test
    void spring_mvc_errors_are_problems_too() throws Exception {
        mvc.perform(get("/api/test/number").param("value", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void errors_of_other_controllers_are_left_alone() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mvc.perform(get("/other/boom")))
                .hasRootCauseMessage("not ours");
    }
}

package io.pxportal;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import io.pxportal.identity.ApiTokenDraft;
import io.pxportal.identity.ApiTokenScope;
import io.pxportal.identity.ApiTokenService;
import io.pxportal.identity.NewApiToken;
import io.pxportal.shared.security.Role;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A test of the REST API through Spring MVC and both security filter chains, with real personal API tokens, on the
 * same context as {@link PortalIntegrationTest} (MockMvc is built from it rather than auto-configured, which would
 * start a second context). No {@code @WithMockUser} here: the token is the only credential a request carries.
 */
@PortalIntegrationTest
public abstract class PortalApiTest {

    @Autowired
    protected WebApplicationContext context;

    @Autowired
    protected ApiTokenService tokens;

    protected MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    /** A token of the given demo user, created through the service as that user would in the UI. */
    protected NewApiToken tokenOf(String username, ApiTokenScope scope) {
        return as(username, () -> tokens.create(new ApiTokenDraft("test token of " + username, scope, 30)));
    }

    /** Sends the token as {@code Authorization: Bearer ...}. */
    protected static RequestPostProcessor bearer(NewApiToken token) {
        return bearer(token.secret());
    }

    protected static RequestPostProcessor bearer(String secret) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + secret);
            return request;
        };
    }

    /** Runs service calls as a logged-in user with the given roles (none are needed to manage one's own tokens). */
    protected static <T> T as(String username, Supplier<T> work, Role... roles) {
        return TestLogins.as(username, work, roles);
    }
}

package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import io.pxportal.shared.audit.SecurityEvents;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A signed-in request while the database is away: the rights check cannot answer, and the request must still reach
 * the view (whose own database call shows the error page with a reference), not end in a blank refusal.
 */
class SessionRightsFilterTest {

    private final SessionRights rights = mock(SessionRights.class);
    private final SessionRightsFilter filter = new SessionRightsFilter(rights, mock(SecurityEvents.class));

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_database_that_does_not_answer_leaves_the_session_its_rights_and_the_request_goes_on() throws Exception {
        for (RuntimeException fault : List.of(
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction"),
                new DataAccessResourceFailureException("Connection refused"))) {
            Authentication signedIn = signIn();
            doThrow(fault).when(rights).check(any(), any());
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/contracts");
            MockHttpSession session = new MockHttpSession();
            request.setSession(session);
            MockFilterChain chain = new MockFilterChain();

            filter.doFilter(request, new MockHttpServletResponse(), chain);

            assertThat(chain.getRequest()).as("passed on after %s", fault).isSameAs(request);
            assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(signedIn);
            assertThat(session.isInvalid()).isFalse();
        }
    }

    @Test
    void a_refusal_that_is_not_about_reaching_the_database_still_stops_the_request() {
        signIn();
        doThrow(new IllegalStateException("a defect, not an outage"))
                .when(rights)
                .check(any(), any());
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/contracts");

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain()))
                .isInstanceOf(IllegalStateException.class);
    }

    private static Authentication signIn() {
        PortalUser user = new PortalUser(
                "olena", "", true, false, List.of(new SimpleGrantedAuthority("ROLE_PRODUCT_OWNER")), 1, 1, false);
        Authentication authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }
}

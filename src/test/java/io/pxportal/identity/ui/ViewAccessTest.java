package io.pxportal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.pxportal.PortalViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** Views refuse the roles they do not allow, by Vaadin's navigation access control alone. */
class ViewAccessTest extends PortalViewTest {

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void finance_is_refused_the_users_admin_view() {
        Throwable refused = catchThrowable(() -> navigate(UsersView.class));
        assertThat(refused == null ? getCurrentView() : refused).isNotInstanceOf(UsersView.class);
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void an_auditor_may_open_it() {
        assertThat(navigate(UsersView.class)).isInstanceOf(UsersView.class);
    }
}

package io.pxportal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteNotFoundError;
import io.pxportal.PortalViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** Views refuse the roles they do not allow, by Vaadin's navigation access control alone. */
class ViewAccessTest extends PortalViewTest {

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void finance_is_refused_the_users_admin_view() {
        Throwable refused = catchThrowable(() -> navigate(UsersView.class));

        // refused as if the page did not exist, so a role learns nothing of pages it may not open
        assertThat(refused).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RouteNotFoundError");
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("admin/users");
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void an_auditor_may_open_it() {
        assertThat(navigate(UsersView.class)).isInstanceOf(UsersView.class);
    }
}

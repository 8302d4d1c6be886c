package io.pxportal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import io.pxportal.PortalViewTest;
import io.pxportal.identity.DemoLogins;
import org.junit.jupiter.api.Test;

class LoginViewTest extends PortalViewTest {

    @Test
    @SuppressWarnings("unchecked")
    void the_demo_profile_lists_one_login_per_role_on_the_login_page() {
        navigate(LoginView.class);
        Grid<DemoLogins.Login> logins = find(Grid.class).id("demo-logins");

        assertThat(test(logins).size()).isEqualTo(6);
        assertThat(test(logins).getRow(0).username()).isEqualTo("admin");
        assertThat(test(logins).getCellText(0, 1)).isEqualTo("demo");
    }
}

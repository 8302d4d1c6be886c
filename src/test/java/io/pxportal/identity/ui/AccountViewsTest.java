package io.pxportal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import io.pxportal.PortalViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The account pages a signed-in user opens for themself, and the setup page once it is closed. */
class AccountViewsTest extends PortalViewTest {

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void two_step_enrolment_starts_with_a_code_to_scan_and_its_secret_to_type() {
        navigate(TwoStepView.class);

        test(find(Button.class).id("two-step-start")).click();

        assertThat(find(Image.class).id("two-step-qr").getSrc()).startsWith("data:image/png;base64,");
        assertThat(find(Span.class).id("two-step-secret").getText()).matches("[A-Z2-7]{16,}");
        assertThat(find(Button.class).withId("two-step-confirm").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void the_setup_page_forwards_to_sign_in_once_users_exist() {
        com.vaadin.flow.component.UI.getCurrent().navigate("setup");

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}

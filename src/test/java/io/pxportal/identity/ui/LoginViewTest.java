package io.pxportal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import io.pxportal.PortalViewTest;
import io.pxportal.identity.DemoLogins;
import io.pxportal.identity.LoginRateLimited;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.WebAttributes;

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

    @Test
    void a_sign_in_refused_by_the_rate_limit_says_in_the_users_language_when_to_try_again() {
        UI.getCurrent().setLocale(Locale.of("uk"));
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LoginRateLimited(12));

        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        Paragraph problem = find(Paragraph.class).id("login-problem");
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Забагато спроб входу. Спробуйте знову через 12 хв.");
    }

    @Test
    void without_a_provider_the_login_page_offers_the_portals_own_form_and_no_sign_in_with_button() {
        navigate(LoginView.class);

        assertThat(find(LoginForm.class).single().isVisible()).isTrue();
        assertThat(find(SsoButtons.class).withId("sso-sign-in").exists()).isFalse();
    }

    @Test
    void the_refusal_page_says_why_and_leads_back_to_the_login_even_for_an_unknown_provider() {
        UI.getCurrent().navigate("login/refused", QueryParameters.simple(Map.of("provider", "<script>")));

        assertThat(find(Paragraph.class).id("sso-refused-reason").getText())
                .isEqualTo("You signed in at your organisation's sign-in, but none of your groups there gives you a "
                        + "role in PX Portal.");
        assertThat(find(Anchor.class).id("sso-refused-back").getHref()).isEqualTo("login");
    }
}

package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import io.pxportal.PortalViewTest;
import io.pxportal.TestLogins;
import io.pxportal.identity.ui.LoginView;
import io.pxportal.identity.ui.SecondFactorView;
import io.pxportal.identity.ui.TwoStepView;
import io.pxportal.identity.ui.UsersView;
import io.pxportal.portfolio.ui.PortfolioView;
import io.pxportal.shared.security.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The two-step sign-in page from the user bar, the admin rule in the users page, and the enrolment it forces. */
class TwoStepViewTest extends PortalViewTest {

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    TwoStepService twoStep;

    @Autowired
    TotpCodes codes;

    @AfterEach
    void noAdminRule() {
        TestLogins.as(
                "admin",
                () -> {
                    twoStep.requireForAdmins(false);
                    return null;
                },
                Role.ADMIN);
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_admin_who_must_use_two_step_is_sent_to_enrol_and_reaches_the_portal_once_it_is_on() {
        logIn("view.two.step.admin", Role.ADMIN);
        navigate(UsersView.class);
        test(find(Checkbox.class).id("admins-need-two-step")).click();
        assertThat(twoStep.adminsMustUseTwoStep()).isTrue();

        UI.getCurrent().navigate(PortfolioView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TwoStepView.class);
        assertThat(find(Paragraph.class).withId("two-step-required").exists()).isTrue();

        test(find(Button.class).id("two-step-start")).click();
        assertThat(find(Image.class).id("two-step-qr").getSrc()).startsWith("data:image/png;base64,");
        String secret = find(Span.class).id("two-step-secret").getText();
        test(find(TextField.class).id("two-step-confirm-code")).setValue("123");
        test(find(Button.class).id("two-step-confirm")).click();
        assertThat(find(TextField.class).id("two-step-confirm-code").isInvalid())
                .isTrue();
        test(find(TextField.class).id("two-step-confirm-code")).setValue(codes.codeAt(secret, codes.currentStep()));
        test(find(Button.class).id("two-step-confirm")).click();

        assertThat(find(Paragraph.class).withId("two-step-on").exists()).isTrue();
        assertThat(find(UnorderedList.class).id("two-step-recovery-codes").getChildren())
                .hasSize(10);
        assertThat(find(Span.class).withId("two-step-secret").exists())
                .as("the secret is not shown again")
                .isFalse();
        assertThat(find(Button.class).withId("two-step-disable").exists())
                .as("admins must keep it")
                .isFalse();
        UI.getCurrent().navigate(PortfolioView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PortfolioView.class);
    }

    @Test
    void the_user_bar_opens_the_page_and_an_auditor_sees_the_admin_rule_without_changing_it() {
        logIn("view.two.step.auditor", Role.AUDITOR);
        navigate(PortfolioView.class);
        test(find(Button.class).id("two-step")).click();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TwoStepView.class);

        navigate(UsersView.class);
        assertThat(find(Checkbox.class).id("admins-need-two-step").isReadOnly()).isTrue();
    }

    @Test
    void the_code_page_without_a_password_just_given_shows_the_login() {
        SecurityContextHolder.clearContext();
        UI.getCurrent().navigate(SecondFactorView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    private void logIn(String username, Role role) {
        TestLogins.as(
                "admin",
                () -> userAdmin.create(new UserDraft(
                        username, "View " + username, null, Set.of(role), true, "view-two-step-Pw-2026", null)),
                Role.ADMIN);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    }
}

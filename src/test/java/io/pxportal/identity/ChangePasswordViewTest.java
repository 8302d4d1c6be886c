package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.pxportal.PortalViewTest;
import io.pxportal.TestLogins;
import io.pxportal.identity.ui.ChangePasswordView;
import io.pxportal.identity.ui.UsersView;
import io.pxportal.portfolio.ui.PortfolioView;
import io.pxportal.shared.security.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Changing one's own password from the user menu, and the change an admin's password forces at the next login. */
class ChangePasswordViewTest extends PortalViewTest {

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    AppUserRepository users;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_user_whose_password_an_admin_set_is_sent_to_change_it_before_anything_else() throws Exception {
        createAndLogIn("view.forced", "admin-set-this-Pw-77");

        UI.getCurrent().navigate(PortfolioView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ChangePasswordView.class);
        assertThat(find(Paragraph.class).id("account-must-change").isVisible()).isTrue();

        change("admin-set-this-Pw-77", "my-very-own-Pw-77");

        navigate(PortfolioView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PortfolioView.class);
    }

    @Test
    void the_rules_and_a_wrong_current_password_are_explained_on_the_fields() throws Exception {
        createAndLogIn("view.rules", "admin-set-this-Pw-78");
        navigate(ChangePasswordView.class);

        change("not-my-password", "my-very-own-Pw-78");
        assertThat(field("account-current-password").isInvalid()).isTrue();
        assertThat(field("account-current-password").getErrorMessage()).contains("current password");

        change("admin-set-this-Pw-78", "password1234");
        assertThat(field("account-new-password").getErrorMessage()).contains("common or breached");

        change("admin-set-this-Pw-78", "x".repeat(12));
        assertThat(field("account-new-password").getErrorMessage()).contains("too easy to guess");

        String ascii73 = "Tr0ub4dor&3-purple-Giraffe_".repeat(3).substring(0, 73);
        change("admin-set-this-Pw-78", ascii73);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PortfolioView.class);
        assertThat(authenticationConfiguration
                        .getAuthenticationManager()
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("view.rules", ascii73))
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void the_user_menu_opens_the_change_password_page() throws Exception {
        createAndLogIn("view.menu", "admin-set-this-Pw-79");
        navigate(ChangePasswordView.class);
        change("admin-set-this-Pw-79", "my-very-own-Pw-79");
        navigate(PortfolioView.class);

        test(find(Button.class).id("change-password")).click();

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ChangePasswordView.class);
        assertThat(find(Paragraph.class).withId("account-must-change").exists()).isFalse();
    }

    @Test
    void a_user_who_signs_in_through_a_provider_gets_no_password_or_two_step_entries() {
        users.saveAndFlush(
                AppUser.signedInThrough("corp", "sub-view", "view.sso", "View SSO", null, Set.of(Role.FINANCE)));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "view.sso", null, List.of(new SimpleGrantedAuthority(Role.FINANCE.authority()))));
        navigate(PortfolioView.class);

        assertThat(find(Button.class).withId("change-password").exists()).isFalse();
        assertThat(find(Button.class).withId("two-step").exists()).isFalse();
        assertThat(find(Button.class).withId("logout").exists()).isTrue();
    }

    @Test
    void an_admin_setting_a_73_byte_password_gets_no_error() {
        TestLogins.as(
                "admin",
                () -> userAdmin.create(new UserDraft(
                        "view.long", "Long", null, Set.of(Role.FINANCE), true, "a-first-password-Pw-80", null)),
                Role.ADMIN);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        navigate(UsersView.class);
        test(find(TextField.class).id("users-search")).setValue("view.long");
        @SuppressWarnings("unchecked")
        Grid<UserRow> grid = find(Grid.class).id("users-grid");
        test(grid).clickRow(0);
        find(TabSheet.class).single().setSelectedIndex(1);
        test(field("user-new-password")).setValue(PasswordStorageTest.ASCII_73);
        test(find(Button.class).id("user-reset-password")).click();

        assertThat(field("user-new-password").isInvalid()).isFalse();
        assertThat(field("user-new-password").getValue()).isEmpty();
    }

    private void createAndLogIn(String username, String password) throws Exception {
        TestLogins.as(
                "admin",
                () -> userAdmin.create(new UserDraft(
                        username, "View test " + username, null, Set.of(Role.FINANCE), true, password, null)),
                Role.ADMIN);
        var authentication = authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    private void change(String current, String next) {
        test(field("account-current-password")).setValue(current);
        test(field("account-new-password")).setValue(next);
        test(field("account-repeat-password")).setValue(next);
        test(find(Button.class).id("account-change-password")).click();
    }

    private PasswordField field(String id) {
        return find(PasswordField.class).id(id);
    }
}

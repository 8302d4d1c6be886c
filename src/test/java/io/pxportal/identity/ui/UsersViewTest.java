package io.pxportal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import io.pxportal.PortalViewTest;
import io.pxportal.identity.UserAdminService;
import io.pxportal.identity.UserRow;
import io.pxportal.shared.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "admin", roles = "ADMIN")
class UsersViewTest extends PortalViewTest {

    @Autowired
    UserAdminService users;

    @SuppressWarnings("unchecked")
    private void fillNewUser(String username, String password) {
        navigate(UsersView.class);
        test(find(Button.class).id("users-new")).click();
        test(find(TextField.class).id("user-username")).setValue(username);
        test(find(TextField.class).id("user-display-name")).setValue("Nina Petrenko");
        CheckboxGroup<Role> roles = find(CheckboxGroup.class).id("user-roles");
        roles.setValue(Set.of(Role.FINANCE));
        test(find(PasswordField.class).id("user-password")).setValue(password);
        test(find(Button.class).id("editor-save")).click();
    }

    @Test
    void a_weak_initial_password_is_explained_and_no_user_is_created() {
        fillNewUser("nina.weak", "short");

        assertThat(test(find(Notification.class).last()).getText()).contains("12");
        assertThat(users.count("nina.weak")).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_creates_a_user_who_then_appears_in_the_list() {
        fillNewUser("nina", "a-long-enough-password");

        UserRow nina = users.page("nina", PageRequest.of(0, 1)).getFirst();
        assertThat(nina.roles()).containsExactly(Role.FINANCE);
        test(find(TextField.class).id("users-search")).setValue("nina");
        Grid<UserRow> grid = find(Grid.class).id("users-grid");
        assertThat(test(grid).getRow(0).username()).isEqualTo("nina");
    }

    @Test
    void an_unexpected_error_shows_a_reference_instead_of_a_stack_trace() {
        navigate(UsersView.class);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("boom")));

        assertThat(test(find(Notification.class).last()).getText())
                .containsPattern("reference [0-9A-F]{8}")
                .doesNotContain("boom")
                .doesNotContain("Exception");
    }
}

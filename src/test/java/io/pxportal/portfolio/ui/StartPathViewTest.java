package io.pxportal.portfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import io.pxportal.EmptyPortalViewTest;
import io.pxportal.TestLogins;
import io.pxportal.identity.UserAdminService;
import io.pxportal.identity.UserDraft;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.security.ShellUser;
import io.pxportal.shared.start.StartPath;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The getting-started path on the portfolio page of an empty portal: an admin sees every step in order, hides it
 * and brings it back from the user menu; a product owner sees only the steps that are theirs. The admin needs a
 * user record to keep the choice on; it is removed afterwards, as the empty context is shared.
 */
@WithMockUser(username = "start.viewer", roles = "ADMIN")
class StartPathViewTest extends EmptyPortalViewTest {

    @Autowired
    UserAdminService users;

    @Autowired
    ShellUser shellUser;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void anAdminWithARecord() {
        TestLogins.as(
                "setup",
                () -> users.create(new UserDraft(
                        "start.viewer", "Val Viewer", null, Set.of(Role.ADMIN), true, "a-long-enough-password", null)),
                Role.ADMIN);
    }

    @AfterEach
    void leaveThePortalEmpty() {
        jdbc.update("delete from app_user_role");
        jdbc.update("delete from app_user");
    }

    private List<String> steps() {
        return find(ListItem.class).withClassName("px-start-step").all().stream()
                .map(item -> item.getId().orElseThrow())
                .toList();
    }

    @Test
    void an_admin_sees_every_step_in_order_with_its_page_and_template() {
        navigate(PortfolioView.class);

        assertThat(steps())
                .containsExactly(
                        "start-step-users",
                        "start-step-vendors",
                        "start-step-platforms",
                        "start-step-contracts",
                        "start-step-licences",
                        "start-step-sla",
                        "start-step-budgets",
                        "start-step-rates",
                        "start-step-roadmap",
                        "start-step-experience",
                        "start-step-review");
        assertThat(find(ListItem.class).withClassName("px-start-not-started").all())
                .hasSize(11);
        assertThat(find(Anchor.class).id("start-open-vendors").getHref()).isEqualTo("vendors");
        assertThat(find(Anchor.class).withId("start-template-vendors").exists()).isTrue();
        assertThat(find(Anchor.class).withId("start-template-usage").exists()).isTrue();
        assertThat(find(ListItem.class).id("start-step-users").getElement().getTextRecursively())
                .contains("Users and roles")
                .contains("Not started")
                .doesNotContain("Template");
    }

    @Test
    void hiding_the_path_keeps_it_hidden_until_the_user_menu_brings_it_back() {
        navigate(PortfolioView.class);
        test(find(Button.class).id("start-dismiss")).click();

        assertThat(steps()).isEmpty();
        assertThat(shellUser.dismissedStartPath()).isTrue();
        navigate(PortfolioView.class);
        assertThat(steps()).as("hidden for good, not only until the next visit").isEmpty();

        new MenuBarTester<>(find(MenuBar.class).id("user-menu")).clickItem(0, 0);

        assertThat(shellUser.dismissedStartPath()).isFalse();
        assertThat(steps()).hasSize(11);
        assertThat(UI.getCurrent()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getSingleParameter(StartPath.SHOW_PARAMETER))
                .as("asked for, so shown even once it is done")
                .isPresent();
    }

    @Test
    @WithMockUser(username = "start.owner", roles = "PRODUCT_OWNER")
    void a_product_owner_sees_only_the_steps_that_are_theirs() {
        navigate(PortfolioView.class);

        assertThat(steps())
                .containsExactly(
                        "start-step-platforms",
                        "start-step-contracts",
                        "start-step-licences",
                        "start-step-sla",
                        "start-step-roadmap");
        assertThat(find(Anchor.class)
                        .withId("start-template-roadmap-objectives")
                        .exists())
                .as("objectives are not a product owner's to import")
                .isFalse();
    }

    @Test
    @WithMockUser(username = "start.auditor", roles = "AUDITOR")
    void the_path_is_not_for_a_role_that_only_reads() {
        navigate(PortfolioView.class);

        assertThat(steps()).isEmpty();
        assertThat(find(MenuBar.class).withId("user-menu").exists()).isFalse();
    }
}

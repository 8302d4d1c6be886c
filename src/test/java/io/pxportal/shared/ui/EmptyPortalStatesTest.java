package io.pxportal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import io.pxportal.EmptyPortalViewTest;
import io.pxportal.governance.ui.AlertsView;
import io.pxportal.governance.ui.MyActionsView;
import io.pxportal.portfolio.ui.PlatformsView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** On a new portal, each empty list says what would fill it and offers the actions its reader may take. */
class EmptyPortalStatesTest extends EmptyPortalViewTest {

    private static List<String> targets(EmptyState state) {
        return state.actions().stream()
                .map(Component::getElement)
                .map(e -> e.hasAttribute("href") ? e.getAttribute("href") : e.getAttribute("id"))
                .toList();
    }

    @Test
    @WithMockUser(username = "first-steering", roles = "STEERING")
    void steering_is_told_who_gets_alerts_and_where_to_look_instead() {
        navigate(AlertsView.class);

        EmptyState empty = find(EmptyState.class).id("alerts-grid-empty");
        assertThat(empty.heading()).isEqualTo("No open alerts for you.");
        assertThat(empty.explanation()).startsWith("Alerts go to the owners");
        assertThat(targets(empty)).containsExactly("contracts/calendar", "my-actions");
    }

    @Test
    @WithMockUser(username = "first-finance", roles = "FINANCE")
    void finance_is_told_the_same() {
        navigate(AlertsView.class);

        assertThat(find(EmptyState.class).id("alerts-grid-empty").explanation()).startsWith("Alerts go to the owners");
    }

    @Test
    @WithMockUser(username = "first-po", roles = "PRODUCT_OWNER")
    void an_owner_is_told_what_raises_their_alerts() {
        navigate(AlertsView.class);

        assertThat(find(EmptyState.class).id("alerts-grid-empty").explanation())
                .startsWith("The portal raises alerts for the contracts, licences, platforms and actions you own");
    }

    @Test
    @WithMockUser(username = "first-steering", roles = "STEERING")
    void my_actions_say_where_actions_come_from() {
        navigate(MyActionsView.class);

        EmptyState empty = find(EmptyState.class).id("my-actions-grid-empty");
        assertThat(empty.explanation()).startsWith("Steering reviews assign actions");
        assertThat(targets(empty)).containsExactly("reviews", "decisions");
    }

    @Test
    @WithMockUser(username = "first-admin", roles = "ADMIN")
    void an_admin_is_offered_new_and_import_on_an_empty_list() {
        navigate(PlatformsView.class);

        assertThat(targets(find(EmptyState.class).id("platforms-grid-empty")))
                .containsExactly("platforms-new-empty", "import");
    }

    @Test
    @WithMockUser(username = "first-auditor", roles = "AUDITOR")
    void a_reader_who_may_neither_create_nor_import_is_offered_nothing() {
        navigate(PlatformsView.class);

        assertThat(find(EmptyState.class).id("platforms-grid-empty").actions()).isEmpty();
    }
}

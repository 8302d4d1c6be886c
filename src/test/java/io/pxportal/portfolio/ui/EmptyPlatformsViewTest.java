package io.pxportal.portfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import io.pxportal.EmptyPortalViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** An empty list tells "nothing yet" from "nothing matches", and points only those who may create at "New". */
class EmptyPlatformsViewTest extends EmptyPortalViewTest {

    private String emptyState() {
        return io.pxportal.shared.ui.EmptyState.of(find(Grid.class).id("platforms-grid"));
    }

    @Test
    @WithMockUser(username = "first-admin", roles = "ADMIN")
    void an_admin_is_told_how_to_add_the_first_platform() {
        navigate(PlatformsView.class);

        assertThat(emptyState())
                .isEqualTo("No platforms yet. Create one with New, or import them (Import → Platforms).");
    }

    @Test
    @WithMockUser(username = "first-admin", roles = "ADMIN")
    void a_search_that_finds_nothing_says_to_clear_it_and_clearing_it_says_what_to_do_first() {
        navigate(PlatformsView.class);
        TextField search = find(TextField.class).id("platforms-search");

        test(search).setValue("no such platform");
        assertThat(emptyState()).isEqualTo("Nothing matches the search and filters. Clear them to see the whole list.");

        test(search).setValue("");
        assertThat(emptyState()).startsWith("No platforms yet.");
    }

    @Test
    @WithMockUser(username = "first-auditor", roles = "AUDITOR")
    void a_reader_who_may_not_create_gets_no_create_hint() {
        navigate(PlatformsView.class);

        assertThat(emptyState()).isEqualTo("No platforms yet.");
    }
}

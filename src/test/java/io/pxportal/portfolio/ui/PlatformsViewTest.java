package io.pxportal.portfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import io.pxportal.PortalViewTest;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformDraft;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.security.SystemAuthentication;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
class PlatformsViewTest extends PortalViewTest {

    @Autowired
    PlatformService platforms;

    @SuppressWarnings("unchecked")
    private Grid<PlatformDetails> grid() {
        return find(Grid.class).id("platforms-grid");
    }

    private int rowOf(String name) {
        for (int i = 0; i < test(grid()).size(); i++) {
            if (test(grid()).getRow(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " not listed");
    }

    @Test
    void only_mine_shows_the_platforms_the_product_owner_owns() {
        navigate(PlatformsView.class);
        test(find(Checkbox.class).id("platforms-mine")).click();

        assertThat(java.util.stream.IntStream.range(0, test(grid()).size())
                        .mapToObj(i -> test(grid()).getRow(i))
                        .filter(p -> p.name().startsWith("Demo ") == false)
                        .map(PlatformDetails::name)
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(
                        "Inspire Correspondence", "SmartCOMM Onboarding Pilot", "Messagepoint Content Hub");
    }

    @Test
    void a_platform_owned_by_someone_else_opens_read_only() {
        navigate(PlatformsView.class);
        test(grid()).clickRow(rowOf("Exstream Statements"));

        assertThat(find(Button.class).withId("editor-save").exists()).isFalse();
    }

    @Test
    void a_concurrent_edit_is_reported_and_the_other_change_is_kept() {
        navigate(PlatformsView.class);
        test(grid()).clickRow(rowOf("SmartCOMM Onboarding Pilot"));
        PlatformDetails opened = test(grid()).getRow(rowOf("SmartCOMM Onboarding Pilot"));

        SystemAuthentication.runAs(
                "admin",
                () -> platforms.update(
                        opened.id(),
                        new PlatformDraft(
                                opened.name(),
                                opened.vendor().id(),
                                opened.product(),
                                opened.productVersion(),
                                opened.deployment(),
                                opened.lifecycle(),
                                opened.environments(),
                                opened.businessUnits(),
                                opened.owners().stream().map(o -> o.username()).collect(Collectors.toSet()),
                                "saved by the admin meanwhile",
                                opened.version())));

        test(find(TextArea.class).withLabel("Notes").single()).setValue("Marc's stale edit");
        test(find(Button.class).id("editor-save")).click();

        assertThat(test(find(Notification.class).last()).getText()).contains("changed by someone else");
        assertThat(platforms.get(opened.id()).notes()).isEqualTo("saved by the admin meanwhile");
    }
}

package io.pxportal.support.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import io.pxportal.PortalViewTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** Vendor support opens with its tickets; every other tab computes its figures only when it is first opened. */
@WithMockUser(username = "steering", roles = "STEERING")
class SupportViewTabsTest extends PortalViewTest {

    @Test
    void only_the_tickets_are_built_when_the_page_opens_and_a_tab_is_built_once_when_first_selected() {
        navigate(SupportView.class);
        TabSheet tabs = find(TabSheet.class).id("support-tabs");

        assertThat(panels(tabs, 0)).anyMatch(TicketsPanel.class::isInstance);
        for (int i = 1; i < 7; i++) {
            assertThat(panels(tabs, i)).as("tab %d before it is opened", i).hasSize(1);
        }

        tabs.setSelectedIndex(4);
        Component scorecard = panels(tabs, 4)
                .filter(ScorecardPanel.class::isInstance)
                .findFirst()
                .orElseThrow();
        tabs.setSelectedIndex(0);
        tabs.setSelectedIndex(4);
        assertThat(panels(tabs, 4).filter(ScorecardPanel.class::isInstance)).containsExactly(scorecard);
        assertThat(panels(tabs, 3)).as("the credits, never opened").hasSize(1);
    }

    /** The tab's content and everything in it. */
    private static Stream<Component> panels(TabSheet tabs, int index) {
        Tab tab = tabs.getTabAt(index);
        return descendants(tabs.getComponent(tab));
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(SupportViewTabsTest::descendants));
    }
}

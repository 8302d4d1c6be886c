package io.pxportal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import io.pxportal.contracts.ui.ContractsView;
import io.pxportal.finance.ui.CostLinesView;
import io.pxportal.licensing.ui.LicencesView;
import io.pxportal.roadmap.ui.RequirementsView;
import io.pxportal.roadmap.ui.RoadmapItemsView;
import io.pxportal.shared.ui.EditorDialog;
import io.pxportal.support.ui.SupportView;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * On the empty portal, "New" of a record that belongs to another (a contract to its vendor, a ticket to its
 * platform…) says what has to be created first instead of opening a form whose choice stays empty.
 */
@WithMockUser(username = "admin", roles = "ADMIN")
class ParentFirstTest extends EmptyPortalViewTest {

    static Stream<Arguments> recordsWithAParent() {
        return Stream.of(
                Arguments.of(ContractsView.class, -1, "contracts-new", "create the vendor first"),
                Arguments.of(RoadmapItemsView.class, -1, "roadmap-items-new", "create the vendor first"),
                Arguments.of(LicencesView.class, -1, "licences-new", "record the contract first"),
                Arguments.of(CostLinesView.class, -1, "costs-new", "create the platform first"),
                Arguments.of(RequirementsView.class, -1, "roadmap-requirements-new", "create the platform first"),
                Arguments.of(SupportView.class, 0, "tickets-new", "create a platform first"),
                Arguments.of(SupportView.class, 2, "outages-new", "create a platform first"),
                Arguments.of(SupportView.class, 5, "policies-new", "record the contract first"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("recordsWithAParent")
    void new_says_what_comes_first(Class<? extends Component> view, int tab, String control, String says) {
        navigate(view);
        if (tab >= 0) {
            find(TabSheet.class).all().getFirst().setSelectedIndex(tab);
        }
        test(find(Button.class).id(control)).click();
        assertThat(find(EditorDialog.class).exists()).as("a form opened").isFalse();
        assertThat(test(find(Notification.class).last()).getText()).contains(says);
    }
}

package io.pxportal.governance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import io.pxportal.PortalViewTest;
import io.pxportal.TestLogins;
import io.pxportal.governance.AlertService;
import io.pxportal.governance.AlertView;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.security.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

class AlertsViewTest extends PortalViewTest {

    @Autowired
    AlertService alerts;

    @Autowired
    PlatformService platforms;

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void a_card_link_narrows_the_inbox_to_its_platform_until_the_filter_is_cleared() {
        TestLogins.as("admin", alerts::scanNow, Role.ADMIN);
        long all = alerts.count(false);
        PlatformRef platform = platforms.refs("", PageRequest.of(0, 100)).stream()
                .filter(p -> alerts.count(false, p.id()) > 0)
                .findFirst()
                .orElseThrow();
        long narrowed = alerts.count(false, platform.id());
        assertThat(narrowed)
                .as("the demo's alerts concern more than one platform")
                .isLessThan(all);

        UI.getCurrent().navigate("alerts", QueryParameters.simple(Map.of("platform", String.valueOf(platform.id()))));

        @SuppressWarnings("unchecked")
        Grid<AlertView> grid = find(Grid.class).id("alerts-grid");
        @SuppressWarnings("unchecked")
        ComboBox<PlatformRef> filter = find(ComboBox.class).id("alerts-platform");
        assertThat(filter.getValue()).isEqualTo(platform);
        assertThat(test(grid).size()).isEqualTo(narrowed);

        filter.clear();
        assertThat(test(grid).size()).isEqualTo(all);
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void a_stale_platform_in_the_link_shows_the_whole_inbox() {
        UI.getCurrent().navigate("alerts", QueryParameters.simple(Map.of("platform", "not-a-number")));

        @SuppressWarnings("unchecked")
        ComboBox<PlatformRef> filter = find(ComboBox.class).id("alerts-platform");
        assertThat(filter.getValue()).isNull();
        @SuppressWarnings("unchecked")
        Grid<AlertView> grid = find(Grid.class).id("alerts-grid");
        assertThat(test(grid).size()).isEqualTo(alerts.count(false));
    }
}

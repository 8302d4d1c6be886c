package io.pxportal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import io.pxportal.shared.chart.ChartView;
import io.pxportal.shared.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every page of a portal that has just been set up reads as a starting point: no page fails, every list says
 * what would be in it (and what to do first), and no chart draws an axis of zeros. The pages are the registered
 * routes, so a view added later is walked too; each tab of a tabbed page is opened.
 */
class EmptyPortalViewsTest extends EmptyPortalViewTest {

    @Test
    @WithMockUser(username = "first-admin", roles = "ADMIN")
    void every_page_reads_as_a_starting_point_for_an_admin() {
        walkEveryRoute(Role.ADMIN);
    }

    @Test
    @WithMockUser(username = "first-auditor", roles = "AUDITOR")
    void every_page_reads_as_a_starting_point_for_an_auditor() {
        walkEveryRoute(Role.AUDITOR);
    }

    private void walkEveryRoute(Role role) {
        SoftAssertions softly = new SoftAssertions();
        List<String> walked = new ArrayList<>();
        for (RouteData route : routes()) {
            if (!mayOpen(route.getNavigationTarget(), role)) {
                continue;
            }
            String path = route.getTemplate();
            if (path.startsWith("account/")) {
                // The signed-in person's own account pages need their stored user, which this walk's made-up
                // users are not (the empty portal has none); ChangePasswordViewTest and TwoStepViewTest cover them.
                continue;
            }
            Component view;
            try {
                view = navigate(route.getNavigationTarget());
            } catch (RuntimeException e) {
                softly.fail("/" + path + " failed on the empty portal", e);
                continue;
            }
            softly.assertThat(view).as("/%s opens", path).isInstanceOf(route.getNavigationTarget());
            walked.add(path);
            for (Component c : everyComponent(view)) {
                if (c instanceof Grid<?> grid) {
                    softly.assertThat(io.pxportal.shared.ui.EmptyState.of(grid))
                            .as("empty state of grid %s on /%s", grid.getId().orElse("?"), path)
                            .isNotBlank()
                            .doesNotStartWith("!");
                }
                if (c instanceof ChartView chart) {
                    softly.assertThat(chart.emptyMessage())
                            .as(
                                    "chart %s on /%s says what would fill it",
                                    chart.getId().orElse("?"), path)
                            .hasValueSatisfying(
                                    text -> assertThat(text).isNotBlank().doesNotStartWith("!"));
                }
            }
        }
        softly.assertThat(walked).as("pages walked").contains("", "contracts", "platforms", "support", "finance");
        softly.assertAll();
    }

    /** What the view's own annotations allow; navigation access control refusing the rest is ViewAccessTest's. */
    private static boolean mayOpen(Class<?> view, Role role) {
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        return roles == null
                ? view.isAnnotationPresent(PermitAll.class)
                : Arrays.asList(roles.value()).contains(role.name());
    }

    /** The registered pages that open without parameters; the login and first-run pages come before a session. */
    private static List<RouteData> routes() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(r -> !r.getTemplate().contains(":"))
                .filter(r -> !List.of("login", "setup").contains(r.getTemplate()))
                .toList();
    }

    /** The view's components, including the content of every tab (each tab is opened to build it). */
    private static List<Component> everyComponent(Component root) {
        List<Component> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Component component, List<Component> found) {
        found.add(component);
        if (component instanceof TabSheet tabs) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                tabs.setSelectedIndex(i);
                collect(tabs.getComponent(tabs.getTabAt(i)), found);
            }
            return;
        }
        Stream<Component> children = component.getChildren();
        children.forEach(child -> collect(child, found));
    }
}

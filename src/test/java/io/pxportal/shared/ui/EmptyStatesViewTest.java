package io.pxportal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.pxportal.PortalViewTest;
import io.pxportal.experience.Quarter;
import io.pxportal.experience.ui.ObservationsView;
import io.pxportal.experience.ui.SurveyView;
import io.pxportal.finance.ui.CostLinesView;
import io.pxportal.finance.ui.FinanceView;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.ui.PlatformsView;
import io.pxportal.shared.chart.ChartView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Pages with nothing to show say why and offer what would fill them; a page whose figures the role may not see says
 * so instead of showing zeros and empty axes (demo data: product owners do not see costs).
 */
class EmptyStatesViewTest extends PortalViewTest {

    @Autowired
    PlatformService platforms;

    private static List<Component> everyComponent(Component root) {
        List<Component> all = new ArrayList<>();
        all.add(root);
        root.getChildren().forEach(child -> all.addAll(everyComponent(child)));
        return all;
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void a_product_owner_whose_costs_are_hidden_is_told_so_on_the_finance_overview_instead_of_zeros() {
        FinanceView view = navigate(FinanceView.class);

        EmptyState notice = find(EmptyState.class).id("finance-costs-hidden");
        assertThat(notice.heading()).isEqualTo("Costs of these platforms are hidden from your role");
        assertThat(everyComponent(view)).noneMatch(c -> c instanceof ChartView || c instanceof Grid<?>);
        assertThat(view.getElement().getTextRecursively())
                .doesNotContain("0.00")
                .doesNotContain("-0");
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void a_product_owner_whose_costs_are_hidden_gets_the_notice_instead_of_an_empty_cost_list() {
        CostLinesView view = navigate(CostLinesView.class);

        assertThat(find(EmptyState.class).id("finance-costs-hidden").text()).contains("hidden from your role");
        assertThat(everyComponent(view)).noneMatch(c -> c instanceof Grid<?>);
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void a_product_owner_whose_costs_are_hidden_gets_the_notice_instead_of_no_budgets() {
        navigate(io.pxportal.finance.ui.FinanceSettingsView.class);

        assertThat(find(EmptyState.class).id("finance-costs-hidden").heading()).contains("hidden from your role");
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void a_role_that_reads_costs_sees_the_figures_and_no_notice() {
        FinanceView view = navigate(FinanceView.class);

        assertThat(find(EmptyState.class).withId("finance-costs-hidden").exists())
                .isFalse();
        assertThat(everyComponent(view)).anyMatch(c -> c instanceof ChartView);
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void the_pulse_without_a_platform_says_what_choosing_one_shows_and_draws_no_empty_box() {
        navigate(SurveyView.class);

        EmptyState choose = find(EmptyState.class).id("survey-empty");
        assertThat(choose.heading()).isEqualTo("Choose a platform to see its pulse.");
        assertThat(choose.explanation()).startsWith("Product owners answer five questions");
        assertThat(find(com.vaadin.flow.component.html.Div.class)
                        .withId("survey-results")
                        .exists())
                .isFalse();
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void the_pulse_opens_on_a_product_owners_own_platform() {
        navigate(SurveyView.class);

        assertThat(find(EmptyState.class).withId("survey-empty").exists()).isFalse();
        assertThat(find(com.vaadin.flow.component.html.Div.class)
                        .id("survey-results")
                        .isVisible())
                .isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void observations_of_a_quarter_with_nothing_recorded_say_so_and_offer_the_import() {
        Long pilot = platforms
                .refs("SmartCOMM Onboarding Pilot", PageRequest.of(0, 1))
                .getFirst()
                .id();
        Quarter beforeThePilot = Quarter.of(LocalDate.now()).plus(-7);
        navigate(ObservationsView.class);
        UI.getCurrent()
                .navigate(
                        "experience/observations",
                        QueryParameters.simple(
                                Map.of("platform", pilot.toString(), "period", beforeThePilot.toString())));

        EmptyState note = find(EmptyState.class).id("observations-none-recorded");
        assertThat(note.heading())
                .isEqualTo("Nothing recorded for SmartCOMM Onboarding Pilot in " + beforeThePilot + " yet.");
        assertThat(note.actions())
                .singleElement()
                .satisfies(a -> assertThat(a.getElement().getAttribute("href")).isEqualTo("import"));

        UI.getCurrent()
                .navigate(
                        "experience/observations",
                        QueryParameters.simple(Map.of(
                                "platform",
                                pilot.toString(),
                                "period",
                                Quarter.of(LocalDate.now()).toString())));
        assertThat(find(EmptyState.class).withId("observations-none-recorded").exists())
                .isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_list_that_a_search_empties_offers_to_clear_it() {
        navigate(PlatformsView.class);
        test(find(TextField.class).id("platforms-search")).setValue("no such platform anywhere");

        EmptyState empty = find(EmptyState.class).id("platforms-grid-empty");
        assertThat(empty.heading()).startsWith("Nothing matches");
        test((Button) empty.actions().getFirst()).click();

        assertThat(find(TextField.class).id("platforms-search").getValue()).isEmpty();
    }
}

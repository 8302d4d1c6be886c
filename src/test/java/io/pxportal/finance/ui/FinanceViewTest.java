package io.pxportal.finance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import io.pxportal.PortalViewTest;
import io.pxportal.finance.CostLineView;
import io.pxportal.finance.ForecastYear;
import io.pxportal.finance.VarianceRow;
import java.math.BigDecimal;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

class FinanceViewTest extends PortalViewTest {

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void finance_sees_budget_vs_actual_with_the_rate_gap_and_the_forecast_follows_the_index() {
        navigate(FinanceView.class);

        @SuppressWarnings("unchecked")
        Grid<VarianceRow> variance = find(Grid.class).id("finance-variance-grid");
        assertThat(IntStream.range(0, test(variance).size()).mapToObj(i -> test(variance).getRow(i)))
                .anySatisfy(r -> assertThat(r.overBudget() && "Exstream Statements".equals(r.key())).isTrue());
        assertThat(find(Div.class).id("finance-gaps").isVisible()).isTrue();
        assertThat(find(Div.class).id("finance-gaps").getText()).contains("USD");

        find(com.vaadin.flow.component.tabs.TabSheet.class).single().setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<ForecastYear> forecast = find(Grid.class).id("forecast-grid");
        BigDecimal before = test(forecast).getRow(4).base().amount();
        test(find(BigDecimalField.class).id("forecast-index")).setValue(new BigDecimal("6.5"));
        assertThat(test(forecast).getRow(4).base().amount()).isGreaterThan(before);
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void the_card_link_narrows_budget_vs_actual_to_the_platform_until_all_platforms_are_asked_for() {
        @SuppressWarnings("unchecked")
        Grid<VarianceRow> all = navigateTo("finance", java.util.Map.of());
        VarianceRow exstream = IntStream.range(0, test(all).size()).mapToObj(i -> test(all).getRow(i))
                .filter(r -> "Exstream Statements".equals(r.key())).findFirst().orElseThrow();

        Grid<VarianceRow> narrowed = navigateTo("finance", java.util.Map.of("platformId",
                String.valueOf(exstream.id())));

        assertThat(test(narrowed).size()).isEqualTo(1);
        assertThat(test(narrowed).getRow(0).key()).isEqualTo("Exstream Statements");
        test(find(com.vaadin.flow.component.button.Button.class).id("finance-all-platforms")).click();
        assertThat(test(narrowed).size()).isGreaterThan(2);
    }

    @SuppressWarnings("unchecked")
    private Grid<VarianceRow> navigateTo(String route, java.util.Map<String, String> query) {
        com.vaadin.flow.component.UI.getCurrent().navigate(route,
                com.vaadin.flow.router.QueryParameters.simple(query));
        return find(Grid.class).id("finance-variance-grid");
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void a_drill_down_lists_the_lines_of_a_platform_and_year() {
        com.vaadin.flow.component.UI.getCurrent().navigate("finance/costs",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("fiscalYear",
                        String.valueOf(java.time.Year.now().getValue()), "category", "INFRASTRUCTURE")));

        @SuppressWarnings("unchecked")
        Grid<CostLineView> grid = find(Grid.class).id("costs-grid");
        assertThat(test(grid).size()).isPositive();
        assertThat(IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).draft().currency()))
                .containsOnly("USD");
    }
}

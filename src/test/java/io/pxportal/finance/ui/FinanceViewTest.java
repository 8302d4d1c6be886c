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

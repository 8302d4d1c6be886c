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
        assertThat(IntStream.range(0, test(variance).size())
                        .mapToObj(i -> test(variance).getRow(i)))
                .anySatisfy(r -> assertThat(r.overBudget() && "Exstream Statements".equals(r.key()))
                        .isTrue());
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
        VarianceRow exstream = IntStream.range(0, test(all).size())
                .mapToObj(i -> test(all).getRow(i))
                .filter(r -> "Exstream Statements".equals(r.key()))
                .findFirst()
                .orElseThrow();

        Grid<VarianceRow> narrowed =
                navigateTo("finance", java.util.Map.of("platformId", String.valueOf(exstream.id())));

        assertThat(test(narrowed).size()).isEqualTo(1);
        assertThat(test(narrowed).getRow(0).key()).isEqualTo("Exstream Statements");
        test(find(com.vaadin.flow.component.button.Button.class).id("finance-all-platforms"))
                .click();
        assertThat(test(narrowed).size()).isGreaterThan(2);
    }

    @SuppressWarnings("unchecked")
    private Grid<VarianceRow> navigateTo(String route, java.util.Map<String, String> query) {
        com.vaadin.flow.component.UI.getCurrent().navigate(route, com.vaadin.flow.router.QueryParameters.simple(query));
        return find(Grid.class).id("finance-variance-grid");
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void a_drill_down_lists_the_lines_of_a_platform_and_year() {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        "finance/costs",
                        com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of(
                                "fiscalYear",
                                String.valueOf(java.time.Year.now().getValue()),
                                "category",
                                "INFRASTRUCTURE")));

        @SuppressWarnings("unchecked")
        Grid<CostLineView> grid = find(Grid.class).id("costs-grid");
        assertThat(test(grid).size()).isPositive();
        assertThat(IntStream.range(0, test(grid).size())
                        .mapToObj(i -> test(grid).getRow(i).draft().currency()))
                .containsOnly("USD");
    }

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void the_overview_shows_the_full_year_outlook_part_by_part_beside_the_budget() {
        navigate(FinanceView.class);

        @SuppressWarnings("unchecked")
        Grid<OutlookPanel.Part> outlook = find(Grid.class).id("finance-outlook");
        var parts = IntStream.range(0, test(outlook).size())
                .mapToObj(i -> test(outlook).getRow(i))
                .toList();
        assertThat(parts)
                .extracting(OutlookPanel.Part::id)
                .containsExactly("actual", "committed", "remainder", "one-offs", "outlook", "budget", "variance");
        assertThat(parts.get(2).label()).startsWith("Contracted remainder, ");
        assertThat(parts.get(3).label()).isEqualTo("Known one-offs: true-up risk due in the year");
        assertThat(parts.get(4).label()).isEqualTo("Full-year outlook");

        find(com.vaadin.flow.component.tabs.TabSheet.class).single().setSelectedIndex(1);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                        .id("forecast-coverage")
                        .getText())
                .startsWith("Recurring contract costs of ")
                .contains("are not forecast");
    }

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void a_year_without_a_budget_reads_no_budget_in_the_outlook_and_the_grid() {
        navigate(FinanceView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<Integer> year =
                find(com.vaadin.flow.component.select.Select.class).id("finance-fiscal-year");
        test(year).selectItem(String.valueOf(year.getValue() - 1));

        @SuppressWarnings("unchecked")
        Grid<OutlookPanel.Part> outlook = find(Grid.class).id("finance-outlook");
        assertThat(test(outlook).getCellText(6, 1)).isEqualTo("No budget");
        @SuppressWarnings("unchecked")
        Grid<VarianceRow> variance = find(Grid.class).id("finance-variance-grid");
        assertThat(IntStream.range(0, test(variance).size())
                        .mapToObj(i -> test(variance).getCellText(i, 4)))
                .isNotEmpty()
                .containsOnly("No budget");
    }

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void cost_per_communication_reads_the_same_in_the_grid_and_the_chart() {
        navigate(FinanceView.class);
        find(com.vaadin.flow.component.tabs.TabSheet.class).single().setSelectedIndex(2);
        @SuppressWarnings("unchecked")
        Grid<io.pxportal.finance.UnitCost> grid = find(Grid.class).id("unit-cost-grid");
        var row = IntStream.range(0, test(grid).size())
                .filter(i -> test(grid).getRow(i).costPerThousand() != null)
                .findFirst()
                .orElseThrow();
        var cost = test(grid).getRow(row);

        assertThat(test(grid).getCellText(row, 4))
                .isEqualTo(io.pxportal.shared.i18n.Formats.money(
                        cost.costPerThousand(), java.util.Currency.getInstance("EUR"), java.util.Locale.ENGLISH));
        var chart = FinanceCharts.unitCostTrend(java.util.List.of(cost), "EUR", grid);
        var data = chart.getCategoryPlot().getDataset();
        assertThat(new BigDecimal(data.getValue(0, 0).toString())).isEqualByComparingTo(cost.costPerThousand());
        assertThat(chart.getCategoryPlot().getRangeAxis().getLabel()).isEqualTo("EUR per 1,000 communications");
    }
}

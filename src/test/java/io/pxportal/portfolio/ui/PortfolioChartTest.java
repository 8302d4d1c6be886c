package io.pxportal.portfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Image;
import io.pxportal.PortalViewTest;
import io.pxportal.shared.chart.ChartView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** With platforms, the portfolio chart is still drawn as a chart; the sentence is only for an empty portal. */
@WithMockUser(username = "admin", roles = "ADMIN")
class PortfolioChartTest extends PortalViewTest {

    @Test
    void a_portfolio_with_platforms_draws_its_chart() {
        navigate(PortfolioView.class);
        ChartView chart = find(ChartView.class).id("portfolio-chart");

        assertThat(chart.emptyMessage()).isEmpty();
        assertThat(chart.getChildren().flatMap(c -> c.getChildren()).anyMatch(Image.class::isInstance))
                .isTrue();
    }
}

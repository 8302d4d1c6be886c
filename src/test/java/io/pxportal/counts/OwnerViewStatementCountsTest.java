package io.pxportal.counts;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The views whose content is the viewer's own, as the product owner of the added platforms sees them: their
 * portfolio page with its cards, their alerts and their actions.
 */
@WithMockUser(username = PortfolioGrowth.OWNER, roles = "PRODUCT_OWNER")
class OwnerViewStatementCountsTest extends StatementCountViewTest {

    @TestFactory
    Stream<DynamicTest> no_view_of_ones_own_sends_more_statements_as_the_portfolio_grows() {
        return compareAtTwoSizes();
    }

    @Override
    List<Render> renders() {
        return List.of(
                new Render("portfolio (product owner)", () -> open("portfolio")),
                new Render("alerts", () -> open("alerts")),
                new Render("my actions", () -> open("my-actions")));
    }
}

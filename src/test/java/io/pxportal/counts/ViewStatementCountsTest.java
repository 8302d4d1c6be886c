package io.pxportal.counts;

import com.vaadin.flow.component.tabs.TabSheet;
import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.governance.SteeringPackService;
import io.pxportal.governance.ui.ReviewPage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** The main views as an admin sees them, over the whole portfolio. */
@WithMockUser(username = "admin", roles = "ADMIN")
class ViewStatementCountsTest extends StatementCountViewTest {

    @Autowired
    ContractService contracts;
    @Autowired
    SteeringPackService packs;

    @TestFactory
    Stream<DynamicTest> no_main_view_sends_more_statements_as_the_portfolio_grows() {
        return compareAtTwoSizes();
    }

    @Override
    List<Render> renders() {
        Long contractId = contracts.page(new ContractFilter("GROW-1", null, null), PageRequest.of(0, 1)).getFirst()
                .id();
        return List.of(
                new Render("portfolio with its cards and the getting-started path",
                        () -> open("portfolio?start")),
                new Render("platforms", () -> open("platforms")),
                new Render("vendors", () -> open("vendors")),
                new Render("contracts", () -> open("contracts")),
                new Render("contract editor", () -> open("contracts?contract=" + contractId)),
                new Render("licence position", () -> open("licences")),
                new Render("finance overview: budget", () -> open("finance")),
                new Render("finance overview: forecast", () -> tab("finance", 1)),
                new Render("finance overview: cost per communication", () -> tab("finance", 2)),
                new Render("cost lines", () -> open("finance/costs")),
                new Render("budgets", () -> open("finance/settings")),
                new Render("vendor support: tickets", () -> open("support")),
                new Render("vendor support: compliance", () -> tab("support", 1)),
                new Render("vendor support: scorecard", () -> tab("support", 4)),
                new Render("experience scorecard", () -> open("experience/scorecard")),
                new Render("roadmap heatmap", () -> open("roadmap")),
                new Render("open steering review", () -> {
                    navigate(ReviewPage.class, Map.of("id", String.valueOf(growth.latestReview())));
                    loadGrids();
                }),
                new Render("steering pack", () -> packs.render(growth.latestReview(), Locale.ENGLISH)));
    }

    private void tab(String location, int index) {
        go(location);
        find(TabSheet.class).first().setSelectedIndex(index);
        loadGrids();
    }
}

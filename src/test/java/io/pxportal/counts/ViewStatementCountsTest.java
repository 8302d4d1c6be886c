package io.pxportal.counts;

import com.vaadin.flow.component.tabs.TabSheet;
import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.governance.SteeringPackService;
import io.pxportal.shared.agenda.AgendaScope;
import io.pxportal.shared.agenda.AgendaSource;
import io.pxportal.shared.security.SystemAuthentication;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The main views as an admin sees them, over the whole portfolio: every view, tab and agenda section whose figures
 * come from many platforms, the review page and the steering pack (docs/benchmarks.md lists their counts).
 */
@WithMockUser(username = "admin", roles = "ADMIN")
class ViewStatementCountsTest extends StatementCountViewTest {

    /** Vendor support's tabs: tickets, compliance, availability, credits, scorecard, … */
    private static final int SCORECARD_TAB = 4;

    @Autowired
    ContractService contracts;

    @Autowired
    List<AgendaSource> agenda;

    @Autowired
    SteeringPackService packs;

    @TestFactory
    Stream<DynamicTest> no_main_view_sends_more_statements_as_the_portfolio_grows() {
        return compareAtTwoSizes();
    }

    @Override
    List<Render> renders() {
        Long contractId = contracts
                .page(new ContractFilter("GROW-1", null, null), PageRequest.of(0, 1))
                .getFirst()
                .id();
        List<Render> renders = new ArrayList<>(List.of(
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
                new Render("experience scorecard", () -> open("experience/scorecard")),
                new Render("roadmap heatmap", () -> open("roadmap")),
                new Render("vendor support: tickets", () -> open("support")),
                new Render("vendor support: scorecard", () -> tab("support", SCORECARD_TAB)),
                new Render("portfolio with cards and the getting-started path", () -> open("portfolio")),
                // the review over every platform added so far: the one of the size being measured
                new Render("review page", () -> open("reviews/" + growth.latestReview())),
                new Render("steering pack", () -> packs.render(growth.latestReview(), Locale.ENGLISH))));
        renders.addAll(agendaSections());
        return renders;
    }

    /** Each section of an open review's agenda on its own, over every added platform, as the review computes it. */
    private List<Render> agendaSections() {
        return agenda.stream()
                .map(source -> new Render(
                        "steering review section " + source.section(),
                        () -> SystemAuthentication.runAs(
                                "steering-agenda",
                                () -> source.items(new AgendaScope(
                                        growth.platforms(),
                                        growth.reviewDay(),
                                        growth.reviewDay().plusMonths(3))))))
                .toList();
    }

    private void tab(String location, int index) {
        go(location);
        find(TabSheet.class).all().getFirst().setSelectedIndex(index);
        loadGrids();
    }
}

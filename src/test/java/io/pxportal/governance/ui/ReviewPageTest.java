package io.pxportal.governance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.pxportal.PortalViewTest;
import io.pxportal.governance.DecisionOutcome;
import io.pxportal.governance.ReviewStatus;
import io.pxportal.governance.ReviewView;
import io.pxportal.governance.SteeringActionService;
import io.pxportal.governance.SteeringDecisionService;
import io.pxportal.governance.SteeringService;
import io.pxportal.shared.agenda.AgendaItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

class ReviewPageTest extends PortalViewTest {

    @Autowired
    SteeringService steering;

    @Autowired
    SteeringDecisionService steeringDecisions;

    @Autowired
    SteeringActionService steeringActions;

    private ReviewView planned() {
        return steering.reviews(PageRequest.of(0, 50)).stream()
                .filter(r -> r.status() == ReviewStatus.PLANNED && r.title().startsWith("CCM steering review"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    @SuppressWarnings("unchecked")
    void the_committee_records_a_decision_on_a_renewal_of_the_agenda() {
        ReviewView review = planned();
        navigate("reviews/" + review.id(), ReviewPage.class);

        Grid<AgendaItem> renewals = find(Grid.class).id("agenda-renewals");
        assertThat(test(renewals).size()).isPositive();
        int row = 0;
        while (!test(renewals).getRow(row).title().startsWith("OT-2019-0042")) {
            row++;
        }
        test(renewals).getRow(row);
        Button decide = (Button)
                test(renewals).getCellComponent(row, renewals.getColumns().size() - 1);
        test(decide).click();
        Select<DecisionOutcome> outcome = find(Select.class).id("decision-outcome");
        outcome.setValue(DecisionOutcome.RENEGOTIATE);
        test(find(TextArea.class).id("decision-rationale")).setValue("Ask for the cloud edition at the same price");
        test(find(Button.class).id("decision-save")).click();

        assertThat(steeringDecisions.decisions(review.id())).anySatisfy(d -> {
            assertThat(d.outcome()).isEqualTo(DecisionOutcome.RENEGOTIATE);
            assertThat(d.title()).startsWith("OT-2019-0042");
            assertThat(d.links())
                    .singleElement()
                    .satisfies(l -> assertThat(l.subjectType()).isEqualTo("contract"));
        });
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void a_product_owner_who_may_not_see_costs_gets_no_spend_section_rows() {
        // The demo keeps product owners' costs hidden; the pack reads the same agenda (SteeringPackReadRuleTest).
        navigate("reviews/" + planned().id(), ReviewPage.class);
        assertThat(find(Grid.class).withId("agenda-budget").exists()).isFalse();
        assertThat(find(Grid.class).withId("agenda-renewals").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void others_read_the_review_without_the_committee_buttons() {
        navigate("reviews/" + planned().id(), ReviewPage.class);
        assertThat(find(Button.class).withId("review-close").exists()).isFalse();
        assertThat(find(Grid.class).withId("review-decisions").exists()).isTrue();
        assertThat(find(Grid.class).withId("agenda-budget").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    @SuppressWarnings("unchecked")
    void a_platforms_many_figures_are_a_compact_table_with_a_row_per_figure_and_a_column_per_platform() {
        ReviewView review = planned();
        int scorecards = steering.agenda(review.id()).sections().stream()
                .filter(s -> s.section().equals("scorecard"))
                .findFirst()
                .orElseThrow()
                .items()
                .size();
        navigate("reviews/" + review.id(), ReviewPage.class);

        Grid<String> scorecard = find(Grid.class).id("agenda-scorecard");
        int figures = test(scorecard).size();
        assertThat(figures).as("a row per figure").isGreaterThan(AgendaGrids.MAX_COLUMNS);
        assertThat(scorecard.getColumns())
                .as("the figure's name, then a column per platform")
                .hasSize(1 + Math.min(scorecards, AgendaGrids.ITEMS_PER_TURNED));
        assertThat(scorecard.getColumns().getFirst().isFrozen()).isTrue();
        assertThat(test(scorecard).getCellText(0, 1)).isNotBlank();

        Grid<AgendaItem> renewals = find(Grid.class).id("agenda-renewals");
        assertThat(renewals.getColumns().stream().map(Grid.Column::getHeaderText))
                .contains("Item", "Notice deadline", "Term ends", "Annual value");
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    @SuppressWarnings("unchecked")
    void decisions_and_actions_name_people_by_their_display_name() {
        ReviewView closed = steering.reviews(PageRequest.of(0, 50)).stream()
                .filter(r -> r.status() == ReviewStatus.CLOSED
                        && steeringActions.actions(r.id()).stream()
                                .anyMatch(a -> a.owner().equals("olena")))
                .findFirst()
                .orElseThrow();
        navigate("reviews/" + closed.id(), ReviewPage.class);

        Grid<Object> actions = find(Grid.class).id("review-actions");
        java.util.List<String> owners = java.util.stream.IntStream.range(
                        0, test(actions).size())
                .mapToObj(row -> test(actions).getCellText(row, 1))
                .toList();
        assertThat(owners).contains("Olena Koval").doesNotContain("olena");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                        .id("review-facts")
                        .getText())
                .contains("Henrik Lund")
                .doesNotContain("steering,");
    }

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void the_pack_is_one_download_link_that_renders_on_request() {
        navigate("reviews/" + planned().id(), ReviewPage.class);
        com.vaadin.flow.component.html.Anchor pack =
                find(com.vaadin.flow.component.html.Anchor.class).id("review-pack");
        assertThat(pack.getHref()).isNotBlank();
        assertThat(pack.getElement().hasAttribute("download")).isTrue();
        assertThat(find(Button.class).withId("review-pack").exists())
                .as("no generate-then-download step")
                .isFalse();
    }
}

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
import io.pxportal.governance.SteeringService;
import io.pxportal.shared.agenda.AgendaItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

class ReviewPageTest extends PortalViewTest {

    @Autowired
    SteeringService steering;

    private ReviewView planned() {
        return steering.reviews(PageRequest.of(0, 50)).stream()
                .filter(r -> r.status() == ReviewStatus.PLANNED && r.title().startsWith("CCM steering review"))
                .findFirst().orElseThrow();
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
        Button decide = (Button) test(renewals).getCellComponent(row, 2);
        test(decide).click();
        Select<DecisionOutcome> outcome = find(Select.class).id("decision-outcome");
        outcome.setValue(DecisionOutcome.RENEGOTIATE);
        test(find(TextArea.class).id("decision-rationale")).setValue("Ask for the cloud edition at the same price");
        test(find(Button.class).id("decision-save")).click();

        assertThat(steering.decisions(review.id())).anySatisfy(d -> {
            assertThat(d.outcome()).isEqualTo(DecisionOutcome.RENEGOTIATE);
            assertThat(d.title()).startsWith("OT-2019-0042");
            assertThat(d.links()).singleElement().satisfies(l -> assertThat(l.subjectType()).isEqualTo("contract"));
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
}

package io.pxportal.governance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import io.pxportal.PortalViewTest;
import io.pxportal.governance.ActionView;
import io.pxportal.governance.DecisionOutcome;
import io.pxportal.governance.DecisionView;
import io.pxportal.governance.SteeringActionService;
import io.pxportal.governance.SteeringDecisionService;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The decision log and my actions, opened as their readers do. */
class DecisionsAndActionsViewsTest extends PortalViewTest {

    @Autowired
    SteeringDecisionService steeringDecisions;

    @Autowired
    SteeringActionService steeringActions;

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    @SuppressWarnings("unchecked")
    void the_decision_log_lists_every_decision_narrows_by_outcome_and_opens_the_review() {
        navigate(DecisionLogView.class);
        Grid<DecisionView> grid = find(Grid.class).id("decisions-grid");
        assertThat((long) test(grid).size())
                .isEqualTo(steeringDecisions.countDecisionLog("", null))
                .isPositive();

        DecisionOutcome outcome = test(grid).getRow(0).outcome();
        ((Select<DecisionOutcome>) find(Select.class).id("decisions-outcome")).setValue(outcome);
        assertThat((long) test(grid).size()).isEqualTo(steeringDecisions.countDecisionLog("", outcome));
        assertThat(IntStream.range(0, test(grid).size())
                        .mapToObj(i -> test(grid).getRow(i).outcome()))
                .containsOnly(outcome);

        Long review = test(grid).getRow(0).reviewId();
        test(grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(ReviewPage.class);
        assertThat(com.vaadin
                        .flow
                        .component
                        .UI
                        .getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getPath())
                .isEqualTo("reviews/" + review);
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    @SuppressWarnings("unchecked")
    void my_actions_lists_only_the_users_own_open_ones_until_closed_ones_are_asked_for() {
        navigate(MyActionsView.class);
        Grid<ActionView> grid = find(Grid.class).id("my-actions-grid");

        assertThat((long) test(grid).size())
                .isEqualTo(steeringActions.countMyActions(false))
                .isPositive();
        assertThat(IntStream.range(0, test(grid).size())
                        .mapToObj(i -> test(grid).getRow(i)))
                .allSatisfy(a -> assertThat(a.owner()).isEqualTo("marc"));

        test(find(Checkbox.class).id("my-actions-with-closed")).click();
        assertThat((long) test(grid).size())
                .isEqualTo(steeringActions.countMyActions(true))
                .isGreaterThan(steeringActions.countMyActions(false));
    }
}

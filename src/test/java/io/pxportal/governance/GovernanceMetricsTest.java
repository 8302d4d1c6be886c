package io.pxportal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.metric.DerivedMetricSource;
import io.pxportal.shared.metric.DerivedValue;
import io.pxportal.shared.metric.Evidence;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** The governance PX metrics on the database: the demo's overdue action, and a matter decided 35 days on. */
@PortalIntegrationTest
class GovernanceMetricsTest {

    @Autowired
    List<DerivedMetricSource> sources;

    @Autowired
    SteeringService steering;

    @Autowired
    SteeringDecisionService steeringDecisions;

    @Autowired
    FrozenAgendaItemRepository frozenItems;

    @Autowired
    PlatformService platforms;

    private DerivedMetricSource source() {
        return sources.stream()
                .filter(s -> s.metricCodes().contains(GovernanceMetrics.ON_TIME_ACTIONS))
                .findFirst()
                .orElseThrow();
    }

    private List<Long> platformIds() {
        return platforms.page(PlatformFilter.all(), PageRequest.of(0, 50)).stream()
                .map(PlatformDetails::id)
                .toList();
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void the_demos_overdue_action_counts_as_late_for_the_platforms_of_its_review() {
        LocalDate due = LocalDate.now().minusDays(10);
        LocalDate from = due.withDayOfMonth(1).withMonth((due.getMonthValue() - 1) / 3 * 3 + 1);

        Map<Long, DerivedValue> values = source().values(
                        GovernanceMetrics.ON_TIME_ACTIONS,
                        platformIds(),
                        from,
                        from.plusMonths(3).minusDays(1));

        Long inspire = platforms.page(PlatformFilter.all(), PageRequest.of(0, 50)).stream()
                .filter(p -> p.name().equals("Inspire Correspondence"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(values.get(inspire)).satisfies(v -> {
            assertThat(v.value()).isLessThan(java.math.BigDecimal.valueOf(100));
            assertThat(v.evidence())
                    .anyMatch(e -> e.label().equals("Draft the request for proposal for cloud CCM")
                            && e.detail().endsWith("still open: late")
                            && e.route().startsWith("reviews/"));
        });
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void a_matter_put_for_a_decision_and_decided_35_days_later_has_a_lead_time_of_35_days() {
        Long platform = platformIds().getFirst();
        LocalDate heldOn = LocalDate.of(2020, 4, 1);
        ReviewView review = steering.createReview(
                new ReviewDraft("Lead time review", heldOn, Set.of(platform), Set.of("steering"), null, null));
        frozenItems.save(new FrozenAgendaItem(
                review.id(),
                0,
                "test",
                new AgendaItem("lead-time-test", 4711L, platform, "A matter for the committee", List.of(), true)));
        DecisionView decision = steeringDecisions.decide(
                review.id(),
                new DecisionDraft(
                        DecisionOutcome.OTHER,
                        "Settle the matter",
                        "Decided after a month of study",
                        List.of(new DecisionLink("lead-time-test", 4711L, "the matter"))),
                heldOn.plusDays(35));

        Map<Long, DerivedValue> values = source().values(
                        GovernanceMetrics.DECISION_LEAD_TIME,
                        List.of(platform),
                        LocalDate.of(2020, 4, 1),
                        LocalDate.of(2020, 6, 30));

        assertThat(values.get(platform).value()).isEqualByComparingTo("35.0");
        assertThat(values.get(platform).evidence()).singleElement().satisfies(e -> {
            assertThat(e)
                    .extracting(Evidence::kind, Evidence::id, Evidence::route)
                    .containsExactly("steering-decision", decision.id(), "reviews/" + review.id());
            assertThat(e.detail())
                    .isEqualTo(
                            "lead-time-test #4711: put for a decision on 2020-04-01, decided " + "2020-05-06: 35 days");
        });
        assertThat(source().values(
                                GovernanceMetrics.DECISION_LEAD_TIME,
                                List.of(platform),
                                LocalDate.of(2020, 1, 1),
                                LocalDate.of(2020, 3, 31)))
                .as("nothing decided in that quarter")
                .isEmpty();
    }
}

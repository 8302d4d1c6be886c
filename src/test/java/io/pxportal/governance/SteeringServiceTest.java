package io.pxportal.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.TestLogins;
import io.pxportal.contracts.ContractDraft;
import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.contracts.NoticeUnit;
import io.pxportal.contracts.RenewalType;
import io.pxportal.contracts.UpliftType;
import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.alert.ExpectedAlert;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@PortalIntegrationTest
class SteeringServiceTest {

    @Autowired
    SteeringService steering;

    @Autowired
    SteeringDecisionService steeringDecisions;

    @Autowired
    SteeringActionService steeringActions;

    @Autowired
    ContractService contracts;

    @Autowired
    ActionAlerts actionAlerts;

    private ContractView contract(String number) {
        return contracts
                .page(new ContractFilter(number, null, null), PageRequest.of(0, 1))
                .getFirst();
    }

    private static List<AgendaItem> section(Agenda agenda, String section) {
        return agenda.sections().stream()
                .filter(s -> s.section().equals(section))
                .findFirst()
                .orElseThrow()
                .items();
    }

    private static String figure(AgendaItem item, String labelKey) {
        return item.figures().stream()
                .filter(f -> f.labelKey().equals(labelKey))
                .map(AgendaFigure::value)
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void the_demo_has_four_closed_quarterly_reviews_and_a_planned_one_whose_agenda_comes_from_the_data() {
        List<ReviewView> all = steering.reviews(PageRequest.of(0, 50)).stream()
                .filter(r -> r.title().startsWith("CCM steering review"))
                .toList();
        assertThat(all)
                .extracting(ReviewView::status)
                .containsExactly(
                        ReviewStatus.PLANNED,
                        ReviewStatus.CLOSED,
                        ReviewStatus.CLOSED,
                        ReviewStatus.CLOSED,
                        ReviewStatus.CLOSED);
        assertThat(all).allSatisfy(r -> assertThat(r.editable()).isFalse());

        Agenda next = steering.agenda(all.getFirst().id());
        assertThat(next.frozen()).isFalse();
        assertThat(section(next, "renewals")).anySatisfy(item -> {
            assertThat(item.title()).startsWith("OT-2019-0042");
            assertThat(item.needsDecision()).isTrue();
            assertThat(figure(item, "agenda.renewals.notice-deadline"))
                    .isEqualTo(
                            contract("OT-2019-0042").schedule().noticeDeadline().toString());
        });
        assertThat(section(next, "licences"))
                .anySatisfy(item -> assertThat(figure(item, "agenda.licences.status"))
                        .isEqualTo("licence.status.FORECAST_SHORTFALL"));

        Agenda past = steering.agenda(all.get(1).id());
        assertThat(past.frozen()).isTrue();
        assertThat(steeringDecisions.decisions(all.get(1).id()))
                .singleElement()
                .satisfies(d -> assertThat(d.links())
                        .extracting(DecisionLink::subjectType)
                        .containsExactly("contract"));
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void a_closed_review_keeps_the_figures_it_showed_when_the_contract_changes_later() {
        ContractView exstream = contract("OT-2019-0042");
        LocalDate today = LocalDate.now();
        // Term ends in 70 days with 60 days' notice: the deadline falls before the demo's next review.
        ContractView own = TestLogins.as(
                "admin",
                () -> contracts.create(new ContractDraft(
                        "SNAPSHOT-1",
                        "Snapshot test",
                        exstream.draft().vendorId(),
                        exstream.draft().platformIds(),
                        "olena",
                        today.plusDays(71).minusYears(1),
                        12,
                        RenewalType.AUTOMATIC,
                        12,
                        60,
                        NoticeUnit.DAYS,
                        0,
                        null,
                        "EUR",
                        new BigDecimal("100000.00"),
                        UpliftType.NONE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)),
                Role.ADMIN);
        ReviewView review = steering.createReview(new ReviewDraft(
                "Snapshot review", today, exstream.draft().platformIds(), Set.of("steering"), null, null));
        assertThat(section(steering.agenda(review.id()), "renewals"))
                .anySatisfy(item -> assertThat(item.subjectId()).isEqualTo(own.id()));

        steering.closeReview(review.id(), steering.review(review.id()).version());
        ContractDraft d = own.draft();
        TestLogins.as(
                "admin",
                () -> contracts.update(
                        own.id(),
                        new ContractDraft(
                                d.number(),
                                d.title(),
                                d.vendorId(),
                                d.platformIds(),
                                d.owner(),
                                d.start(),
                                d.initialTermMonths(),
                                d.renewalType(),
                                d.renewalPeriodMonths(),
                                30,
                                d.noticeUnit(),
                                d.explicitRenewals(),
                                d.noticeGivenOn(),
                                d.currency(),
                                new BigDecimal("250000.00"),
                                d.upliftType(),
                                d.upliftPercent(),
                                d.upliftIndex(),
                                d.upliftCapPercent(),
                                d.upliftFloorPercent(),
                                d.notes(),
                                d.version())),
                Role.ADMIN);

        AgendaItem frozen = section(steering.agenda(review.id()), "renewals").stream()
                .filter(i -> i.subjectId().equals(own.id()))
                .findFirst()
                .orElseThrow();
        assertThat(figure(frozen, "agenda.renewals.annual-value")).isEqualTo("100000.00");
        assertThat(figure(frozen, "agenda.renewals.notice-deadline"))
                .isEqualTo(today.plusDays(10).toString());
        assertThat(steering.agenda(review.id()).frozen()).isTrue();
        assertThatThrownBy(() -> steeringDecisions.decide(
                        review.id(), new DecisionDraft(DecisionOutcome.RENEW, "Late", "After the meeting", List.of())))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("review.already-closed");
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void an_action_owner_marks_it_done_another_product_owner_may_not_and_the_overdue_alert_follows() {
        ReviewView review = steering.createReview(new ReviewDraft(
                "Action review",
                LocalDate.now().minusDays(30),
                Set.of(contract("MP-2026-01").platforms().getFirst().id()),
                Set.of(),
                null,
                null));
        DecisionView decision = steeringDecisions.decide(
                review.id(),
                new DecisionDraft(
                        DecisionOutcome.RENEGOTIATE, "Renegotiate the hub", "Price is above the market", List.of()));
        ActionView action = steeringActions.addAction(
                review.id(),
                new ActionDraft("Call the vendor", "olena", LocalDate.now().minusDays(1), decision.id()));
        assertThat(action.overdue()).isTrue();
        assertThat(actionAlerts.expected(LocalDate.now()))
                .extracting(ExpectedAlert::subjectId)
                .contains(action.id());

        assertThatThrownBy(() -> TestLogins.as(
                        "marc",
                        () -> steeringActions.setActionStatus(action.id(), ActionStatus.DONE, action.version()),
                        Role.PRODUCT_OWNER))
                .isInstanceOf(AccessDeniedException.class);
        ActionView done = TestLogins.as(
                "olena",
                () -> steeringActions.setActionStatus(action.id(), ActionStatus.DONE, action.version()),
                Role.PRODUCT_OWNER);

        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.completedOn()).isEqualTo(LocalDate.now());
        assertThat(done.decisionTitle()).isEqualTo("Renegotiate the hub");
        assertThat(actionAlerts.expected(LocalDate.now()))
                .extracting(ExpectedAlert::subjectId)
                .doesNotContain(action.id());
        assertThat(TestLogins.as(
                        "olena", () -> steeringActions.myActions(true, PageRequest.of(0, 50)), Role.PRODUCT_OWNER))
                .extracting(ActionView::id)
                .contains(action.id());
        assertThatThrownBy(() -> steeringActions.setActionStatus(action.id(), ActionStatus.OPEN, action.version()))
                .as("a stale version")
                .isInstanceOf(DomainException.class);
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void product_owners_read_the_decision_log_but_do_not_run_reviews() {
        assertThat(steeringDecisions.decisionLog("market test", null, PageRequest.of(0, 10)))
                .singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo(DecisionOutcome.RETENDER));
        assertThat(steeringDecisions.countDecisionLog(null, DecisionOutcome.RENEW))
                .isPositive();
        assertThat(steering.canRunReviews()).isFalse();
        assertThatThrownBy(() -> steering.createReview(
                        new ReviewDraft("Mine", LocalDate.now(), Set.of(1L), Set.of(), null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}

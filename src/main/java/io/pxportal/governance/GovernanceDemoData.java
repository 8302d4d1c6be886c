package io.pxportal.governance;

import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.security.SystemAuthentication;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile only: four past quarterly steering reviews of the whole CCM portfolio, closed on their day with
 * their agenda frozen as it stood then, with decisions and actions (one action overdue), and the next review,
 * planned three weeks from today, whose agenda is built from the live data. The decisions link to their contracts
 * through {@link DemoDecisionLinks}, which the demo module implements.
 */
@Component
@Profile("demo")
@Order(90)
class GovernanceDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GovernanceDemoData.class);
    private static final String ACTOR = "demo-data";

    private final SteeringService steering;
    private final SteeringDecisionService decisions;
    private final SteeringActionService actions;
    private final SteeringReviewRepository reviews;
    private final DemoDecisionLinks links;
    private final PlatformService platforms;
    private final TransactionTemplate transaction;
    private final Clock clock;

    GovernanceDemoData(
            SteeringService steering,
            SteeringDecisionService decisions,
            SteeringActionService actions,
            SteeringReviewRepository reviews,
            DemoDecisionLinks links,
            PlatformService platforms,
            TransactionTemplate transaction,
            Clock clock) {
        this.steering = steering;
        this.decisions = decisions;
        this.actions = actions;
        this.reviews = reviews;
        this.links = links;
        this.platforms = platforms;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (reviews.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        SystemAuthentication.runAs(ACTOR, () -> transaction.executeWithoutResult(tx -> load(today)));
        log.info("Demo steering reviews loaded");
    }

    private void load(LocalDate today) {
        Set<Long> all = platforms.page(PlatformFilter.all(), PageRequest.of(0, 50)).stream()
                .map(p -> p.id())
                .collect(Collectors.toSet());
        Set<String> committee = Set.of("steering", "olena", "marc", "finance");

        ReviewView first = past(today.minusMonths(12), all, committee);
        decide(
                first,
                DecisionOutcome.RENEW,
                "Inspire: renew the MSLA for another 24 months",
                "Inspire carries the correspondence volume and the migration cost of leaving now exceeds three years "
                        + "of maintenance; a renewal with a 4 % cap keeps the budget.",
                "QD-MSLA-2021");
        action(
                first,
                "Negotiate the uplift cap with Quadient before signing",
                "marc",
                today.minusMonths(11),
                ActionStatus.DONE);
        close(first);

        ReviewView second = past(today.minusMonths(9), all, committee);
        decide(
                second,
                DecisionOutcome.OTHER,
                "Start a SmartCOMM onboarding pilot",
                "A twelve-month pilot tests business self-service for onboarding letters before any wider choice.",
                "SC-PILOT-2026");
        action(
                second,
                "Define the pilot's success criteria with the onboarding team",
                "marc",
                today.minusMonths(8),
                ActionStatus.DONE);
        action(
                second,
                "Compare SmartCOMM and Inspire designer licence costs",
                "finance",
                today.minusMonths(7),
                ActionStatus.CANCELLED);
        close(second);

        ReviewView third = past(today.minusMonths(6), all, committee);
        decide(
                third,
                DecisionOutcome.RETENDER,
                "Exstream: prepare a market test before the next notice deadline",
                "The on-premises Exstream estate needs a cloud path; a market test gives leverage at the renewal and "
                        + "a fallback if OpenText's cloud roadmap slips.",
                "OT-2019-0042");
        action(third, "Draft the request for proposal for cloud CCM", "olena", today.minusDays(10), ActionStatus.OPEN);
        close(third);

        ReviewView fourth = past(today.minusMonths(3), all, committee);
        decide(
                fourth,
                DecisionOutcome.ACCEPT_RISK,
                "Messagepoint: accept a tacit renewal if the notice is missed",
                "The content hub is cheap relative to the switching effort; a one-year tacit renewal is acceptable.",
                "MP-2026-01");
        action(
                fourth,
                "Ask Messagepoint for a renewal quote with a multi-year discount",
                "olena",
                today.minusMonths(2),
                ActionStatus.DONE);
        action(
                fourth,
                "Review unused Inspire designer seats before the true-up",
                "marc",
                today.plusDays(20),
                ActionStatus.OPEN);
        close(fourth);

        LocalDate next = today.plusWeeks(3);
        steering.createReview(new ReviewDraft(
                title(next),
                next,
                all,
                committee,
                "Renewals due before the next quarter, licence shortfalls and the Exstream market test.",
                null));
    }

    private ReviewView past(LocalDate heldOn, Set<Long> platformIds, Set<String> attendees) {
        return steering.createReview(new ReviewDraft(title(heldOn), heldOn, platformIds, attendees, null, null));
    }

    private static String title(LocalDate heldOn) {
        return "CCM steering review Q" + heldOn.get(IsoFields.QUARTER_OF_YEAR) + " " + heldOn.getYear();
    }

    private void decide(
            ReviewView review, DecisionOutcome outcome, String title, String rationale, String contractNumber) {
        List<DecisionLink> linked = links.contract(contractNumber).stream().toList();
        decisions.decide(review.id(), new DecisionDraft(outcome, title, rationale, linked), review.heldOn());
    }

    private void action(ReviewView review, String title, String owner, LocalDate dueOn, ActionStatus status) {
        Long decisionId = decisions.decisions(review.id()).stream()
                .map(DecisionView::id)
                .findFirst()
                .orElse(null);
        ActionView action = actions.addAction(review.id(), new ActionDraft(title, owner, dueOn, decisionId));
        if (status != ActionStatus.OPEN) {
            actions.setActionStatus(action.id(), status, action.version(), dueOn.minusDays(3));
        }
    }

    private void close(ReviewView review) {
        ReviewView current = steering.review(review.id());
        steering.close(
                current.id(),
                current.version(),
                ACTOR,
                review.heldOn().atTime(17, 0).toInstant(ZoneOffset.UTC));
    }
}

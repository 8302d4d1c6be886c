package io.pxportal.governance;

import io.pxportal.shared.security.CurrentUser;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The decisions a steering review takes, and the decision log across reviews. The steering committee and admins
 * record them, on a review still open; everyone logged in reads them.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class SteeringDecisionService {

    private final SteeringDecisionRepository decisions;
    private final SteeringReviews reviews;
    private final Clock clock;

    SteeringDecisionService(SteeringDecisionRepository decisions, SteeringReviews reviews, Clock clock) {
        this.decisions = decisions;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** Records a decision of an open review, taken today by the current user. */
    @Transactional
    @PreAuthorize(SteeringReviews.STEERING)
    public DecisionView decide(Long reviewId, @Valid DecisionDraft draft) {
        return decide(reviewId, draft, LocalDate.now(clock));
    }

    /** Records a decision taken on a given day (demo data records past reviews' decisions on their day). */
    DecisionView decide(Long reviewId, DecisionDraft draft, LocalDate on) {
        SteeringReview review = reviews.open(reviewId);
        SteeringDecision decision = decisions.saveAndFlush(new SteeringDecision(
                review.getId(), draft, CurrentUser.username().orElseThrow(), on));
        return decision.toView(review);
    }

    /** The review's decisions in the order they were taken. */
    @PreAuthorize("isAuthenticated()")
    public List<DecisionView> decisions(Long reviewId) {
        SteeringReview review = reviews.find(reviewId);
        return decisions.findByReviewIdOrderById(reviewId).stream()
                .map(d -> d.toView(review))
                .toList();
    }

    /** Every decision across reviews, newest first, optionally narrowed by text and outcome. */
    @PreAuthorize("isAuthenticated()")
    public List<DecisionView> decisionLog(String text, DecisionOutcome outcome, Pageable pageable) {
        List<SteeringDecision> page = decisions.log(like(text), outcome, pageable);
        Map<Long, SteeringReview> byId =
                reviews.byIds(page.stream().map(SteeringDecision::getReviewId).toList());
        return page.stream().map(d -> d.toView(byId.get(d.getReviewId()))).toList();
    }

    /** How many decisions {@link #decisionLog} finds for the same text and outcome. */
    @PreAuthorize("isAuthenticated()")
    public long countDecisionLog(String text, DecisionOutcome outcome) {
        return decisions.countLog(like(text), outcome);
    }

    private static String like(String text) {
        return text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase() + "%";
    }
}

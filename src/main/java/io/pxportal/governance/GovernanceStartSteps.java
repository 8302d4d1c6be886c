package io.pxportal.governance;

import io.pxportal.shared.start.StartPath;
import io.pxportal.shared.start.StartScope;
import io.pxportal.shared.start.StartState;
import io.pxportal.shared.start.StartStep;
import io.pxportal.shared.start.StartStepSource;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The path's last step, for admins: the first steering review. Started when a review is planned, done when one
 * has been closed (its agenda frozen and its decisions recorded).
 */
@Component
@Transactional(readOnly = true)
class GovernanceStartSteps implements StartStepSource {

    private final SteeringReviewRepository reviews;

    GovernanceStartSteps(SteeringReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public List<StartStep> steps(StartScope scope) {
        if (!StartPath.wholePortal()) {
            return List.of();
        }
        StartState state = reviews.existsByClosedAtIsNotNull()
                ? StartState.DONE
                : reviews.count() > 0 ? StartState.STARTED : StartState.NOT_STARTED;
        return List.of(new StartStep(110, "review", "start.review", "start.review.help", state, "reviews", List.of()));
    }
}

package io.pxportal.governance;

import io.pxportal.shared.alert.AlertLink;
import io.pxportal.shared.alert.AlertSource;
import io.pxportal.shared.alert.ExpectedAlert;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An open steering action past its due date alerts its owner until it is done or cancelled; the alert concerns
 * the platforms of the action's review.
 */
@Component
class ActionAlerts implements AlertSource {

    static final String SUBJECT = "steering-action";

    private final SteeringActionRepository actions;
    private final SteeringReviewRepository reviews;

    ActionAlerts(SteeringActionRepository actions, SteeringReviewRepository reviews) {
        this.actions = actions;
        this.reviews = reviews;
    }

    @Override
    public String subjectType() {
        return SUBJECT;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExpectedAlert> expected(LocalDate today) {
        List<SteeringAction> overdue = actions.overdue(today);
        Map<Long, Set<Long>> platforms =
                reviews
                        .findAllById(overdue.stream()
                                .map(SteeringAction::getReviewId)
                                .collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(SteeringReview::getId, r -> Set.copyOf(r.getPlatformIds())));
        return overdue.stream()
                .map(a -> new ExpectedAlert(a.getOwner(), "ACTION_OVERDUE", a.getId(), a.getTitle(), a.getDueOn())
                        .about(platforms.getOrDefault(a.getReviewId(), Set.of())))
                .toList();
    }

    @Override
    public AlertLink link(Long actionId) {
        return new AlertLink("my-actions", Map.of());
    }
}

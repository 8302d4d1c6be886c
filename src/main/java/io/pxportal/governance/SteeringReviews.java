package io.pxportal.governance;

import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Finding the review a decision or action belongs to, shared by the review, decision and action services; and the
 * one rule of who runs reviews, so the three services grant it alike.
 */
@Component
class SteeringReviews {

    /** The method-security rule of whoever plans reviews and records decisions and actions. */
    static final String STEERING = "hasAnyRole('STEERING', 'ADMIN')";

    private final SteeringReviewRepository reviews;

    SteeringReviews(SteeringReviewRepository reviews) {
        this.reviews = reviews;
    }

    /** Whether the current user plans reviews and records decisions (what {@link #STEERING} grants). */
    static boolean runsReviews() {
        return CurrentUser.hasRole(Role.STEERING) || CurrentUser.hasRole(Role.ADMIN);
    }

    SteeringReview find(Long id) {
        return reviews.findById(id).orElseThrow(() -> new NotFoundException("steering-review", id));
    }

    /** The review, still open to changes: a closed review refuses them. */
    SteeringReview open(Long id) {
        SteeringReview review = find(id);
        if (review.isClosed()) {
            throw new DomainException("review.already-closed", review.getTitle());
        }
        return review;
    }

    Map<Long, SteeringReview> byIds(Collection<Long> ids) {
        return reviews.findAllById(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(SteeringReview::getId, Function.identity()));
    }
}

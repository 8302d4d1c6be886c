package io.pxportal.governance;

import io.pxportal.shared.search.SearchHit;
import io.pxportal.shared.search.SearchSource;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Steering reviews (by title) for the global search, read through the steering service. */
@Component
class ReviewSearch implements SearchSource {

    private final SteeringService steering;

    ReviewSearch(SteeringService steering) {
        this.steering = steering;
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        return steering.reviewsTitled(text, PageRequest.of(0, limit)).stream()
                .map(review -> new SearchHit(
                        "search.kind.review",
                        review.title(),
                        review.heldOn() == null ? "" : review.heldOn().toString(),
                        "reviews/" + review.id()))
                .toList();
    }
}

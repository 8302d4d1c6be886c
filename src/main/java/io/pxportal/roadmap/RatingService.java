package io.pxportal.roadmap;

import io.pxportal.shared.audit.AuditActor;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.domain.RecordVersions;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alignment ratings item × objective (−1 conflicts … 2 strongly supports) with rationale and rater: everyone
 * logged in reads; whoever may change an item rates it (see {@link RoadmapItemAccess}).
 */
@Service
@Transactional(readOnly = true)
public class RatingService {

    private final RatingRepository ratings;
    private final RoadmapItemRepository itemRepository;
    private final RoadmapItemService items;
    private final ObjectiveRepository objectives;
    private final Clock clock;
    private final RecordVersions recordVersions;

    RatingService(
            RatingRepository ratings,
            RoadmapItemRepository itemRepository,
            RoadmapItemService items,
            ObjectiveRepository objectives,
            Clock clock,
            RecordVersions recordVersions) {
        this.ratings = ratings;
        this.itemRepository = itemRepository;
        this.items = items;
        this.objectives = objectives;
        this.clock = clock;
        this.recordVersions = recordVersions;
    }

    /** The matrix of the items matching the filter (by committed quarter, then title) against all objectives. */
    @PreAuthorize("isAuthenticated()")
    public RatingMatrix matrix(RoadmapItemFilter filter) {
        List<Long> ids = itemRepository
                .findAll(RoadmapItemRepository.matching(filter), Sort.by("vendorId", "committedQuarter", "title"))
                .stream()
                .map(RoadmapItem::getId)
                .toList();
        Map<Long, RoadmapItemView> views = items.byIds(ids);
        Map<Long, Map<Long, RatingView>> byItem = ratings.findByItemIdIn(ids).stream()
                .map(Rating::toView)
                .collect(Collectors.groupingBy(RatingView::itemId, Collectors.toMap(RatingView::objectiveId, r -> r)));
        return new RatingMatrix(
                objectiveRefs(),
                ids.stream()
                        .map(views::get)
                        .map(v -> new RatingMatrix.Row(v, byItem.getOrDefault(v.id(), Map.of())))
                        .toList());
    }

    /**
     * Rates an item against an objective, or clears the rating ({@code rating} null). {@code version} is the version
     * of the rating the user saw (null when there was none): a rating someone changed meanwhile is not overwritten.
     */
    @Transactional
    @PreAuthorize("@roadmapItemAccess.canEdit(#itemId)")
    public RatingView rate(Long itemId, Long objectiveId, Integer rating, String rationale, Long version) {
        RoadmapItem item =
                itemRepository.findById(itemId).orElseThrow(() -> new NotFoundException("roadmap item", itemId));
        Objective objective =
                objectives.findById(objectiveId).orElseThrow(() -> new NotFoundException("objective", objectiveId));
        if (rationale != null && rationale.length() > 1000) {
            throw new DomainException("validation.max-length");
        }
        var existing = ratings.findByItemIdAndObjectiveId(itemId, objectiveId);
        String label = item.getTitle() + " × " + objective.getCode();
        if (existing.isEmpty() ? version != null : !existing.get().getVersion().equals(version)) {
            throw new ConcurrentEditException(label);
        }
        if (rating == null) {
            existing.ifPresent(r -> {
                ratings.delete(r);
                ratings.flush();
            });
            return null;
        }
        Rating stored = existing.orElseGet(() -> new Rating(itemId, objectiveId));
        stored.rate(rating, rationale, AuditActor.current(), clock.instant());
        if (existing.isEmpty()) {
            return recordVersions
                    .created(() -> ratings.saveAndFlush(stored), label)
                    .toView();
        }
        return recordVersions.saved(ratings.saveAndFlush(stored), version).toView();
    }

    /**
     * A first rating of an item against an objective, for an import that has found both by name in its own pass and
     * matched the chunk's stored ratings at once (there is none): no look-up, no flush, no view per row.
     */
    @Transactional
    void rateNew(Long itemId, Long objectiveId, int rating, String rationale) {
        if (rationale != null && rationale.length() > 1000) {
            throw new DomainException("validation.max-length");
        }
        Rating stored = new Rating(itemId, objectiveId);
        stored.rate(rating, rationale, AuditActor.current(), clock.instant());
        ratings.save(stored);
    }

    /** One page of all ratings (by item, then objective), for export and the API. */
    @PreAuthorize("isAuthenticated()")
    public List<RatingView> page(Pageable pageable) {
        return ratings.findAll(PageRequest.of(
                        pageable.getPageNumber(), pageable.getPageSize(), Sort.by("itemId", "objectiveId")))
                .map(Rating::toView)
                .getContent();
    }

    @PreAuthorize("isAuthenticated()")
    public long count() {
        return ratings.count();
    }

    private List<ObjectiveRef> objectiveRefs() {
        return objectives.findAll().stream()
                .sorted(Comparator.comparing(Objective::getCode))
                .map(o -> new ObjectiveRef(o.getId(), o.getCode(), o.getName()))
                .toList();
    }
}

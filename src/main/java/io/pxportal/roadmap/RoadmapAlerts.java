package io.pxportal.roadmap;

import io.pxportal.identity.UserRef;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.shared.alert.AlertLink;
import io.pxportal.shared.alert.AlertSource;
import io.pxportal.shared.alert.ExpectedAlert;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roadmap alerts for the owners of the platforms an item concerns: an item that supports (rating ≥ 1) a heavily
 * weighted objective — at least {@code px.roadmap.alerts.heavy-share} (15 %) of this quarter's total weight — was
 * delayed or dropped in the last 30 days; and the version a platform runs loses support within 12 months (or lost
 * it in the last 30 days).
 */
@Component
@Transactional(readOnly = true)
class RoadmapAlerts implements AlertSource {

    static final String SUBJECT = "roadmap-item";
    static final String SLIPPED = "ROADMAP_ITEM_SLIPPED";
    static final String END_OF_SUPPORT = "ROADMAP_END_OF_SUPPORT";
    private static final int WINDOW_DAYS = 30;

    private final RoadmapItemRepository items;
    private final ItemStatusChangeRepository steps;
    private final RatingRepository ratings;
    private final WeightSetRepository weightSets;
    private final PlatformCatalog catalog;
    private final double heavyShare;

    RoadmapAlerts(
            RoadmapItemRepository items,
            ItemStatusChangeRepository steps,
            RatingRepository ratings,
            WeightSetRepository weightSets,
            PlatformCatalog catalog,
            RoadmapProperties properties) {
        this.items = items;
        this.steps = steps;
        this.ratings = ratings;
        this.weightSets = weightSets;
        this.catalog = catalog;
        this.heavyShare = properties.alerts().heavyShare();
    }

    @Override
    public String subjectType() {
        return SUBJECT;
    }

    @Override
    public AlertLink link(Long itemId) {
        return AlertLink.to("roadmap/items", "item", itemId);
    }

    @Override
    public List<ExpectedAlert> expected(LocalDate today) {
        PlatformCatalog.Snapshot platforms = catalog.snapshot();
        Set<Long> heavy = heavyObjectives(Quarter.of(today));
        Set<Long> supportingHeavy = ratings.findAll().stream()
                .filter(r -> r.getRating() >= 1 && heavy.contains(r.getObjectiveId()))
                .map(Rating::getItemId)
                .collect(Collectors.toSet());
        List<ExpectedAlert> expected = new ArrayList<>();
        for (RoadmapItem item : items.findAll()) {
            List<PlatformDetails> concerned = platforms.concerned(item.getVendorId(), item.getPlatformIds());
            boolean slipped = item.getStatus() == ItemStatus.DELAYED || item.getStatus() == ItemStatus.DROPPED;
            if (slipped && supportingHeavy.contains(item.getId())) {
                List<StatusStep> history = steps.findByItemIdOrderByChangedOnAscIdAsc(item.getId()).stream()
                        .map(ItemStatusChange::toStep)
                        .toList();
                StatusStep last = history.isEmpty() ? null : history.getLast();
                if (last != null
                        && !last.on().isBefore(today.minusDays(WINDOW_DAYS))
                        && !last.on().isAfter(today)) {
                    String label = item.getTitle() + " (" + last.status()
                            + (last.quarter() == null ? "" : " " + last.quarter()) + ")";
                    owners(concerned)
                            .forEach(owner ->
                                    expected.add(new ExpectedAlert(owner, SLIPPED, item.getId(), label, last.on())
                                            .about(ids(concerned))));
                }
            }
            if (item.getType() == ItemType.END_OF_SUPPORT
                    && item.getStatus().live()
                    && item.getCommittedQuarter() != null) {
                LocalDate ends = item.getCommittedQuarter().end();
                if (!ends.isBefore(today.minusDays(WINDOW_DAYS)) && !ends.isAfter(today.plusMonths(12))) {
                    List<PlatformDetails> hit = concerned.stream()
                            .filter(p -> RoadmapScoring.versionAffected(item.getAffectedVersion(), p.productVersion()))
                            .toList();
                    owners(hit)
                            .forEach(owner -> expected.add(
                                    new ExpectedAlert(owner, END_OF_SUPPORT, item.getId(), item.getTitle(), ends)
                                            .about(ids(hit))));
                }
            }
        }
        return expected;
    }

    /** The objectives whose weight this quarter is at least the heavy share of the total. */
    private Set<Long> heavyObjectives(Quarter quarter) {
        Map<Long, Integer> weights =
                weightSets.inForce(quarter).map(WeightSet::getWeights).orElse(Map.of());
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        return weights.entrySet().stream()
                .filter(e -> total > 0 && e.getValue() >= heavyShare * total)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static List<Long> ids(List<PlatformDetails> platforms) {
        return platforms.stream().map(PlatformDetails::id).toList();
    }

    private static Set<String> owners(List<PlatformDetails> platforms) {
        return platforms.stream()
                .flatMap(p -> p.owners().stream())
                .map(UserRef::username)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}

package io.pxportal.roadmap;

import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.shared.domain.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roadmap scores (rules in {@link RoadmapScoring}, docs/scoring.md): fit per platform and quarter, reliability,
 * gaps, slips and end-of-support risk. A quarter is scored ({@link ScoringRun}, read by {@link ScoringRuns}) with the
 * weight set in force for it and each item as it stood at the quarter's end (or today, for the running quarter), so
 * later changes of weights or statuses do not rewrite the scores of a past quarter. Everyone logged in reads them.
 */
@Service
@Transactional(readOnly = true)
public class RoadmapScoreService {

    private final ScoringRuns runs;
    private final RoadmapItemRepository items;
    private final RequirementRepository requirements;
    private final RoadmapItemService itemService;
    private final PlatformCatalog catalog;
    private final Clock clock;

    RoadmapScoreService(
            ScoringRuns runs,
            RoadmapItemRepository items,
            RequirementRepository requirements,
            RoadmapItemService itemService,
            PlatformCatalog catalog,
            Clock clock) {
        this.runs = runs;
        this.items = items;
        this.requirements = requirements;
        this.itemService = itemService;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The running quarter. */
    @PreAuthorize("isAuthenticated()")
    public Quarter currentQuarter() {
        return Quarter.of(LocalDate.now(clock));
    }

    /** Every platform's fit for the quarter, with the objectives that carry weight then. */
    @PreAuthorize("isAuthenticated()")
    public Heatmap heatmap(Quarter quarter) {
        return runs.run(quarter).heatmap();
    }

    @PreAuthorize("isAuthenticated()")
    public PlatformFit fit(Long platformId, Quarter quarter) {
        ScoringRun run = runs.run(quarter);
        return run.fit(run.platform(platformId), false);
    }

    /** Objectives and requirements no live item covers, per platform, heaviest objectives first. */
    @PreAuthorize("isAuthenticated()")
    public List<Gap> gaps(Quarter quarter) {
        ScoringRun run = runs.run(quarter);
        List<Gap> gaps = new ArrayList<>();
        Map<Long, List<Requirement>> byPlatform =
                requirements.findAll().stream().collect(Collectors.groupingBy(Requirement::getPlatformId));
        for (PlatformDetails platform : run.platforms().platforms()) {
            PlatformRef ref = new PlatformRef(platform.id(), platform.name());
            PlatformFit fit = run.fit(platform, false);
            fit.fit().objectives().stream()
                    .filter(ObjectiveFit::gap)
                    .forEach(o -> gaps.add(
                            new Gap(ref, run.objectiveRefs().get(o.objectiveId()), o.weight(), null, null, null)));
            Map<Long, StatusStep> states = run.states(platform);
            List<RoadmapScoring.Rated> rated = run.rated(states, run.allObjectiveIds());
            for (Requirement requirement : byPlatform.getOrDefault(platform.id(), List.of())) {
                if (!RoadmapScoring.requirementCovered(
                        requirement.getNeededBy(), requirement.getObjectiveIds(), rated, states)) {
                    gaps.add(new Gap(
                            ref, null, 0, requirement.getId(), requirement.getTitle(), requirement.getNeededBy()));
                }
            }
        }
        gaps.sort(Comparator.comparing((Gap g) -> g.platform().name())
                .thenComparing(Gap::isRequirement)
                .thenComparing(Gap::weight, Comparator.reverseOrder()));
        return gaps;
    }

    /** Items that were delayed, dropped or moved to a later quarter after {@code since}, latest first. */
    @PreAuthorize("isAuthenticated()")
    public List<SlippedItem> slippedSince(LocalDate since) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<StatusStep>> histories = runs.histories();
        Map<Long, RoadmapItemView> views = itemService.byIds(histories.keySet());
        List<SlippedItem> slipped = new ArrayList<>();
        histories.forEach((itemId, history) -> RoadmapScoring.slips(history, since, today)
                .forEach(slip -> slipped.add(new SlippedItem(views.get(itemId), slip))));
        slipped.sort(Comparator.comparing((SlippedItem s) -> s.slip().on())
                .reversed()
                .thenComparing(s -> s.item().title()));
        return slipped;
    }

    /** Platforms whose version loses support, nearest first (ended and within 24 months only). */
    @PreAuthorize("isAuthenticated()")
    public List<SupportRiskView> supportRisks() {
        ScoringRun run = runs.run(currentQuarter());
        return run.platforms().platforms().stream()
                .map(run::endOfSupport)
                .filter(Objects::nonNull)
                .filter(r -> r.risk() != SupportRisk.LATER)
                .sorted(Comparator.comparing(SupportRiskView::supportEnds))
                .toList();
    }

    /** One heatmap cell opened: the items rated for the objective on the platform, and the fit had none been dropped. */
    @PreAuthorize("isAuthenticated()")
    public DrillDown drillDown(Long platformId, Long objectiveId, Quarter quarter) {
        ScoringRun run = runs.run(quarter);
        PlatformDetails platform = run.platform(platformId);
        PlatformFit fit = run.fit(platform, false);
        PlatformFit undropped = run.fit(platform, true);
        ObjectiveFit coverage = fit.fit().objectives().stream()
                .filter(o -> o.objectiveId().equals(objectiveId))
                .findFirst()
                .orElse(null);
        Map<Long, StatusStep> states = run.states(platform);
        Map<Long, RoadmapItemView> views = itemService.byIds(states.keySet());
        List<Contribution> contributions = new ArrayList<>();
        for (Rating rating : run.ratings()) {
            StatusStep state = states.get(rating.getItemId());
            if (state == null || !rating.getObjectiveId().equals(objectiveId)) {
                continue;
            }
            StatusStep beforeDrop = state.status() == ItemStatus.DROPPED ? run.lastLiveStep(rating.getItemId()) : null;
            RatingView view = rating.toView();
            contributions.add(new Contribution(
                    views.get(rating.getItemId()),
                    state,
                    view.rating(),
                    view.rationale(),
                    view.ratedBy(),
                    value(view.rating(), state.status()),
                    beforeDrop == null ? null : value(view.rating(), beforeDrop.status()),
                    view.rating() < 0 && state.status().live()));
        }
        contributions.sort(Comparator.comparing(Contribution::value).reversed());
        return new DrillDown(
                fit,
                run.objectiveRefs().get(objectiveId),
                coverage,
                undropped.fit().score(),
                contributions);
    }

    /** The ids of the platforms an item concerns: those it lists, or every platform of its vendor. */
    @PreAuthorize("isAuthenticated()")
    public List<Long> concernedPlatforms(Long itemId) {
        RoadmapItem item = items.findById(itemId).orElseThrow(() -> new NotFoundException("roadmap item", itemId));
        return catalog.snapshot().concerned(item.getVendorId(), item.getPlatformIds()).stream()
                .map(PlatformDetails::id)
                .toList();
    }

    /**
     * Every platform's fit for each quarter, from one reading of the roadmap for all of them. Package-private: for
     * the roadmap's derived metrics, called inside the secured scores.
     */
    Map<Quarter, Heatmap> heatmaps(Collection<Quarter> quarters) {
        Map<Quarter, Heatmap> heatmaps = new LinkedHashMap<>();
        runs.runs(quarters).forEach((quarter, run) -> heatmaps.put(quarter, run.heatmap()));
        return heatmaps;
    }

    private static BigDecimal value(int rating, ItemStatus status) {
        return BigDecimal.valueOf(rating)
                .multiply(status.confidence())
                .divide(BigDecimal.valueOf(2))
                .stripTrailingZeros();
    }
}

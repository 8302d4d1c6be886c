package io.pxportal.roadmap;

import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformRef;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roadmap scores (rules in {@link RoadmapScoring}, docs/scoring.md): fit per platform and quarter, reliability,
 * gaps, slips and end-of-support risk. A quarter is scored with the weight set in force for it and each item as it
 * stood at the quarter's end (or today, for the running quarter), so later changes of weights or statuses do not
 * rewrite the scores of a past quarter. Everyone logged in reads them.
 */
@Service
@Transactional(readOnly = true)
public class RoadmapScoreService {

    private final ObjectiveRepository objectives;
    private final WeightSetRepository weightSets;
    private final RoadmapItemRepository items;
    private final ItemStatusChangeRepository steps;
    private final RatingRepository ratings;
    private final RequirementRepository requirements;
    private final RoadmapItemService itemService;
    private final PlatformCatalog catalog;
    private final Clock clock;

    RoadmapScoreService(
            ObjectiveRepository objectives,
            WeightSetRepository weightSets,
            RoadmapItemRepository items,
            ItemStatusChangeRepository steps,
            RatingRepository ratings,
            RequirementRepository requirements,
            RoadmapItemService itemService,
            PlatformCatalog catalog,
            Clock clock) {
        this.objectives = objectives;
        this.weightSets = weightSets;
        this.items = items;
        this.steps = steps;
        this.ratings = ratings;
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
        Inputs in = inputs(quarter);
        List<PlatformFit> rows =
                in.platforms.platforms().stream().map(p -> fitOf(in, p, false)).toList();
        return new Heatmap(quarter, in.weightSet, in.weightedObjectives(), rows);
    }

    @PreAuthorize("isAuthenticated()")
    public PlatformFit fit(Long platformId, Quarter quarter) {
        Inputs in = inputs(quarter);
        return fitOf(in, platform(in, platformId), false);
    }

    /** Objectives and requirements no live item covers, per platform, heaviest objectives first. */
    @PreAuthorize("isAuthenticated()")
    public List<Gap> gaps(Quarter quarter) {
        Inputs in = inputs(quarter);
        List<Gap> gaps = new ArrayList<>();
        Map<Long, List<Requirement>> byPlatform =
                requirements.findAll().stream().collect(Collectors.groupingBy(Requirement::getPlatformId));
        for (PlatformDetails platform : in.platforms.platforms()) {
            PlatformRef ref = new PlatformRef(platform.id(), platform.name());
            PlatformFit fit = fitOf(in, platform, false);
            fit.fit().objectives().stream()
                    .filter(ObjectiveFit::gap)
                    .forEach(o -> gaps.add(
                            new Gap(ref, in.objectiveRefs.get(o.objectiveId()), o.weight(), null, null, null)));
            Map<Long, StatusStep> states = in.states(platform);
            List<RoadmapScoring.Rated> rated = in.rated(states, in.allObjectiveIds());
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
        Map<Long, List<StatusStep>> histories = histories(null);
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
        Inputs in = inputs(currentQuarter());
        return in.platforms.platforms().stream()
                .map(p -> endOfSupport(in, p))
                .filter(Objects::nonNull)
                .filter(r -> r.risk() != SupportRisk.LATER)
                .sorted(Comparator.comparing(SupportRiskView::supportEnds))
                .toList();
    }

    /** One heatmap cell opened: the items rated for the objective on the platform, and the fit had none been dropped. */
    @PreAuthorize("isAuthenticated()")
    public DrillDown drillDown(Long platformId, Long objectiveId, Quarter quarter) {
        Inputs in = inputs(quarter);
        PlatformDetails platform = platform(in, platformId);
        PlatformFit fit = fitOf(in, platform, false);
        PlatformFit undropped = fitOf(in, platform, true);
        ObjectiveFit coverage = fit.fit().objectives().stream()
                .filter(o -> o.objectiveId().equals(objectiveId))
                .findFirst()
                .orElse(null);
        Map<Long, StatusStep> states = in.states(platform);
        Map<Long, RoadmapItemView> views = itemService.byIds(states.keySet());
        List<Contribution> contributions = new ArrayList<>();
        for (Rating rating : in.ratings) {
            StatusStep state = states.get(rating.getItemId());
            if (state == null || !rating.getObjectiveId().equals(objectiveId)) {
                continue;
            }
            StatusStep beforeDrop = state.status() == ItemStatus.DROPPED
                    ? lastLiveStep(in.histories.get(rating.getItemId()), in.asOf)
                    : null;
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
                in.objectiveRefs.get(objectiveId),
                coverage,
                undropped.fit().score(),
                contributions);
    }

    /** The ids of the platforms an item concerns: those it lists, or every platform of its vendor. */
    @PreAuthorize("isAuthenticated()")
    public List<Long> concernedPlatforms(Long itemId) {
        RoadmapItem item = items.findById(itemId)
                .orElseThrow(() -> new io.pxportal.shared.domain.NotFoundException("roadmap item", itemId));
        return catalog.snapshot().concerned(item.getVendorId(), item.getPlatformIds()).stream()
                .map(PlatformDetails::id)
                .toList();
    }

    // --- computing ---------------------------------------------------------------------------------------------

    private PlatformFit fitOf(Inputs in, PlatformDetails platform, boolean undoDrops) {
        Map<Long, StatusStep> states = in.states(platform);
        if (undoDrops) {
            states.replaceAll((id, s) -> s.status() == ItemStatus.DROPPED
                    ? Optional.ofNullable(lastLiveStep(in.histories.get(id), in.asOf))
                            .orElse(s)
                    : s);
        }
        Fit fit = RoadmapScoring.fit(in.weights, in.rated(states, in.weights.keySet()));
        Map<Long, List<StatusStep>> concerned = new LinkedHashMap<>();
        in.concerned(platform).forEach(i -> concerned.put(i.getId(), in.histories.getOrDefault(i.getId(), List.of())));
        Reliability reliability = RoadmapScoring.reliability(concerned, in.asOf);
        return new PlatformFit(
                new PlatformRef(platform.id(), platform.name()),
                in.quarter,
                fit,
                reliability,
                endOfSupport(in, platform));
    }

    private SupportRiskView endOfSupport(Inputs in, PlatformDetails platform) {
        LocalDate today = LocalDate.now(clock);
        return in.concerned(platform).stream()
                .filter(i -> i.getType() == ItemType.END_OF_SUPPORT
                        && i.getStatus().live()
                        && i.getCommittedQuarter() != null
                        && RoadmapScoring.versionAffected(i.getAffectedVersion(), platform.productVersion()))
                .min(Comparator.comparing(RoadmapItem::getCommittedQuarter))
                .map(i -> new SupportRiskView(
                        new PlatformRef(platform.id(), platform.name()),
                        platform.productVersion(),
                        i.getId(),
                        i.getTitle(),
                        i.getCommittedQuarter().end(),
                        RoadmapScoring.supportRisk(i.getCommittedQuarter().end(), today)))
                .orElse(null);
    }

    private static StatusStep lastLiveStep(List<StatusStep> history, LocalDate asOf) {
        StatusStep live = null;
        for (StatusStep step : history) {
            if (!step.on().isAfter(asOf) && step.status().live()) {
                live = step;
            }
        }
        return live;
    }

    private static BigDecimal value(int rating, ItemStatus status) {
        return BigDecimal.valueOf(rating)
                .multiply(status.confidence())
                .divide(BigDecimal.valueOf(2))
                .stripTrailingZeros();
    }

    private PlatformDetails platform(Inputs in, Long platformId) {
        return Optional.ofNullable(in.platforms.byId(platformId))
                .orElseThrow(() -> new io.pxportal.shared.domain.NotFoundException("platform", platformId));
    }

    private Map<Long, List<StatusStep>> histories(List<Long> itemIds) {
        List<ItemStatusChange> all = itemIds == null
                ? steps.findAll(org.springframework.data.domain.Sort.by("changedOn", "id"))
                : steps.findByItemIdInOrderByChangedOnAscIdAsc(itemIds);
        Map<Long, List<StatusStep>> histories = new LinkedHashMap<>();
        all.forEach(s ->
                histories.computeIfAbsent(s.getItemId(), k -> new ArrayList<>()).add(s.toStep()));
        return histories;
    }

    private Inputs inputs(Quarter quarter) {
        return inputs(quarter, read(), weightSets.inForce(quarter));
    }

    /**
     * Every platform's fit for each quarter, from one reading of the roadmap for all of them: the experience
     * trend asks eight quarters at once, and read everything once per quarter before. Package-private: for the
     * roadmap's derived metrics, called inside the secured scores.
     */
    Map<Quarter, Heatmap> heatmaps(java.util.Collection<Quarter> quarters) {
        Reading reading = read();
        List<WeightSet> sets = weightSets.findAllByOrderByEffectiveQuarterDescIdDesc();
        Map<Quarter, Heatmap> heatmaps = new LinkedHashMap<>();
        for (Quarter quarter : quarters) {
            // as findInForce: the newest written among those effective no later than the quarter
            Optional<WeightSet> inForce = sets.stream()
                    .filter(w -> w.getEffectiveQuarter().compareTo(quarter) <= 0)
                    .findFirst();
            Inputs in = inputs(quarter, reading, inForce);
            heatmaps.put(
                    quarter,
                    new Heatmap(
                            quarter,
                            in.weightSet,
                            in.weightedObjectives(),
                            in.platforms.platforms().stream()
                                    .map(p -> fitOf(in, p, false))
                                    .toList()));
        }
        return heatmaps;
    }

    /** What a scoring run reads whatever the quarter. */
    private record Reading(
            List<Objective> objectives,
            List<RoadmapItem> items,
            Map<Long, List<StatusStep>> histories,
            List<Rating> ratings,
            PlatformCatalog.Snapshot platforms) {}

    private Reading read() {
        return new Reading(
                objectives.findAll(), items.findAll(), histories(null), ratings.findAll(), catalog.snapshot());
    }

    private Inputs inputs(Quarter quarter, Reading reading, Optional<WeightSet> inForce) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = quarter.end().isBefore(today) ? quarter.end() : today;
        List<Objective> all = reading.objectives();
        WeightSetView weightSet = inForce.map(WeightSet::toView).orElse(null);
        Map<Long, Integer> weights = new LinkedHashMap<>();
        all.stream()
                .sorted(Comparator.comparing(Objective::getCode))
                .filter(o -> o.validIn(quarter) && weightSet != null && weightSet.weightOf(o.getId()) > 0)
                .forEach(o -> weights.put(o.getId(), weightSet.weightOf(o.getId())));
        return new Inputs(
                quarter,
                asOf,
                weightSet,
                weights,
                all.stream()
                        .collect(Collectors.toMap(
                                Objective::getId, o -> new ObjectiveRef(o.getId(), o.getCode(), o.getName()))),
                reading.items(),
                reading.histories(),
                reading.ratings(),
                reading.platforms());
    }

    /** Everything one scoring run reads, loaded once. */
    private record Inputs(
            Quarter quarter,
            LocalDate asOf,
            WeightSetView weightSet,
            Map<Long, Integer> weights,
            Map<Long, ObjectiveRef> objectiveRefs,
            List<RoadmapItem> items,
            Map<Long, List<StatusStep>> histories,
            List<Rating> ratings,
            PlatformCatalog.Snapshot platforms) {

        List<ObjectiveRef> weightedObjectives() {
            return weights.keySet().stream().map(objectiveRefs::get).toList();
        }

        java.util.Set<Long> allObjectiveIds() {
            return objectiveRefs.keySet();
        }

        List<RoadmapItem> concerned(PlatformDetails platform) {
            Long vendorId = platform.vendor() == null ? null : platform.vendor().id();
            return items.stream()
                    .filter(i -> i.concerns(platform.id(), vendorId))
                    .toList();
        }

        /** The platform's items as they stood on the scoring day, those within the horizon only. */
        Map<Long, StatusStep> states(PlatformDetails platform) {
            Map<Long, StatusStep> states = new HashMap<>();
            for (RoadmapItem item : concerned(platform)) {
                StatusStep state = RoadmapScoring.stateOn(histories.getOrDefault(item.getId(), List.of()), asOf);
                if (RoadmapScoring.inHorizon(state, quarter)) {
                    states.put(item.getId(), state);
                }
            }
            return states;
        }

        List<RoadmapScoring.Rated> rated(Map<Long, StatusStep> states, java.util.Set<Long> objectiveIds) {
            return ratings.stream()
                    .filter(r -> states.containsKey(r.getItemId()) && objectiveIds.contains(r.getObjectiveId()))
                    .map(r -> new RoadmapScoring.Rated(
                            r.getItemId(),
                            r.getObjectiveId(),
                            r.getRating(),
                            states.get(r.getItemId()).status()))
                    .toList();
        }
    }
}

package io.pxportal.roadmap;

import io.pxportal.shared.metric.AllPeriodsMetricSource;
import io.pxportal.shared.metric.DerivedValue;
import io.pxportal.shared.metric.Evidence;
import io.pxportal.shared.metric.MetricPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The PX metrics of the roadmap pillar, per platform and quarter, as {@link RoadmapScoreService} scores the quarter
 * (its own weight set, each item as it stood at the quarter's end — so a past quarter keeps its value when weights
 * change):
 *
 * <ul>
 *   <li>{@code px.roadmap-fit}: the fit, 0–100 (catalogue unit "score"); none when no objective carries weight, or
 *       when none of the platform's items in the horizon is rated for a weighted objective (its roadmap is
 *       unknown, not bad);</li>
 *   <li>{@code px.roadmap-reliability}: the share of due items delivered in their first committed quarter, in %;
 *       none when no item is due.</li>
 * </ul>
 * The evidence names, per weighted objective, the item that covers it best or the gap, opening the steering view's
 * drill-down of that cell; for reliability, each due item, opening the item with its status history.
 */
@Component
class RoadmapMetrics extends AllPeriodsMetricSource {

    static final String FIT = "px.roadmap-fit";
    static final String RELIABILITY = "px.roadmap-reliability";

    private final RoadmapScoreService scores;
    private final RoadmapItemService items;

    RoadmapMetrics(RoadmapScoreService scores, RoadmapItemService items) {
        this.scores = scores;
        this.items = items;
    }

    @Override
    public Set<String> metricCodes() {
        return Set.of(FIT, RELIABILITY);
    }

    /**
     * Every period's heatmap from one reading of the roadmap, and the items named as evidence in one look-up for
     * all periods: a trend of eight quarters read the whole roadmap eight times before.
     */
    @Override
    public Map<MetricPeriod, Map<String, Map<Long, DerivedValue>>> values(
            Set<String> metricCodes, Collection<Long> platformIds, List<MetricPeriod> periods) {
        Map<Quarter, Heatmap> heatmaps = scores.heatmaps(
                periods.stream().map(p -> Quarter.of(p.from())).distinct().toList());
        Set<Long> wanted = Set.copyOf(platformIds);
        Map<Quarter, List<PlatformFit>> rowsByQuarter = new HashMap<>();
        Set<Long> itemIds = new HashSet<>();
        heatmaps.forEach((quarter, heatmap) -> {
            List<PlatformFit> rows = heatmap.rows().stream()
                    .filter(r -> wanted.contains(r.platform().id()))
                    .toList();
            rowsByQuarter.put(quarter, rows);
            rows.forEach(r -> {
                r.fit().objectives().forEach(o -> {
                    if (o.bestItemId() != null) {
                        itemIds.add(o.bestItemId());
                    }
                });
                itemIds.addAll(r.reliability().onTimeItemIds());
                itemIds.addAll(r.reliability().lateItemIds());
            });
        });
        Map<Long, RoadmapItemView> views = itemIds.isEmpty() ? Map.of() : items.byIds(itemIds);
        Map<MetricPeriod, Map<String, Map<Long, DerivedValue>>> result = new LinkedHashMap<>();
        for (MetricPeriod period : periods) {
            Quarter quarter = Quarter.of(period.from());
            Map<Long, ObjectiveRef> objectives = new HashMap<>();
            heatmaps.get(quarter).objectives().forEach(o -> objectives.put(o.id(), o));
            Map<String, Map<Long, DerivedValue>> byCode = new HashMap<>();
            for (String metricCode : metricCodes) {
                Map<Long, DerivedValue> values = new HashMap<>();
                for (PlatformFit row : rowsByQuarter.get(quarter)) {
                    DerivedValue value = switch (metricCode) {
                        case FIT -> fit(row, objectives, views);
                        case RELIABILITY -> reliability(row.reliability(), views);
                        default -> null;
                    };
                    if (value != null) {
                        values.put(row.platform().id(), value);
                    }
                }
                byCode.put(metricCode, values);
            }
            result.put(period, byCode);
        }
        return result;
    }

    /** The fit with one evidence per weighted objective; null when there is nothing to score. */
    static DerivedValue fit(PlatformFit row, Map<Long, ObjectiveRef> objectives, Map<Long, RoadmapItemView> views) {
        Fit fit = row.fit();
        boolean rated = fit.objectives().stream()
                .anyMatch(o -> o.bestItemId() != null || !o.conflictingItemIds().isEmpty());
        if (fit.score() == null || !rated) {
            return null;
        }
        List<Evidence> evidence = new ArrayList<>();
        for (ObjectiveFit o : fit.objectives()) {
            ObjectiveRef objective = objectives.get(o.objectiveId());
            String head = objective.code() + " (weight " + o.weight() + "): coverage " + percent(o.coverage());
            String conflicts = o.conflictingItemIds().isEmpty()
                    ? ""
                    : ", " + o.conflictingItemIds().size() + " live item(s) conflict";
            Map<String, String> drill = Map.of(
                    "platform",
                    String.valueOf(row.platform().id()),
                    "objective",
                    String.valueOf(o.objectiveId()),
                    "quarter",
                    row.quarter().toString());
            RoadmapItemView best = o.bestItemId() == null ? null : views.get(o.bestItemId());
            if (o.gap() || best == null) {
                evidence.add(new Evidence(
                        "roadmap-gap",
                        o.objectiveId(),
                        objective.code() + " · " + objective.name(),
                        head + ", gap: no live item supports it" + conflicts,
                        "roadmap",
                        drill));
            } else {
                evidence.add(new Evidence(
                        "roadmap-item",
                        best.id(),
                        best.title(),
                        head + ", covered best by this item" + conflicts,
                        "roadmap",
                        drill));
            }
        }
        return new DerivedValue(fit.score(), evidence);
    }

    /** The reliability with the due items as evidence; null when no item is due. */
    static DerivedValue reliability(Reliability reliability, Map<Long, RoadmapItemView> views) {
        if (reliability.score() == null) {
            return null;
        }
        List<Evidence> evidence = new ArrayList<>();
        reliability.onTimeItemIds().forEach(id -> evidence.add(item(id, views, "delivered in its committed quarter")));
        reliability
                .lateItemIds()
                .forEach(id -> evidence.add(item(id, views, "not delivered in the quarter it was first committed to")));
        return new DerivedValue(reliability.score(), evidence);
    }

    private static Evidence item(Long id, Map<Long, RoadmapItemView> views, String detail) {
        RoadmapItemView view = views.get(id);
        return Evidence.linked(
                "roadmap-item", id, view == null ? "#" + id : view.title(), detail, "roadmap/items", "item");
    }

    private static String percent(BigDecimal coverage) {
        return coverage.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP) + " %";
    }
}

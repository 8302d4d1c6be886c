package io.pxportal.roadmap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The roadmap rules as plain functions (docs/scoring.md states them with worked examples; the tests use the same
 * examples): an item's state on a day from its status history, roadmap fit, gaps, reliability and slips.
 */
final class RoadmapScoring {

    /** Items committed more than this many quarters after the scored quarter are beyond the horizon. */
    static final int HORIZON_QUARTERS = 8;

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** An item as it stood when scored: status and committed quarter, and its rating for one objective. */
    record Rated(Long itemId, Long objectiveId, int rating, ItemStatus status) {}

    private RoadmapScoring() {}

    /** The step in force on {@code date}: the last one on or before it (later ones with the same day win); null before the first. */
    static StatusStep stateOn(List<StatusStep> history, LocalDate date) {
        StatusStep state = null;
        for (StatusStep step : history) {
            if (!step.on().isAfter(date)) {
                state = step;
            }
        }
        return state;
    }

    /** Whether an item in {@code state} counts for the scores of {@code quarter}: no quarter yet, or not beyond the horizon. */
    static boolean inHorizon(StatusStep state, Quarter quarter) {
        return state != null
                && (state.quarter() == null || state.quarter().compareTo(quarter.plus(HORIZON_QUARTERS - 1)) <= 0);
    }

    /**
     * coverage(o) = clamp(max over items of rating × confidence / 2, minus 0.5 if a live item conflicts, 0, 1);
     * an objective no item is rated for has coverage 0.
     */
    static BigDecimal coverage(Collection<Rated> ratedForObjective) {
        BigDecimal best = BigDecimal.ZERO;
        boolean conflict = false;
        for (Rated rated : ratedForObjective) {
            BigDecimal value = BigDecimal.valueOf(rated.rating())
                    .multiply(rated.status().confidence())
                    .divide(TWO);
            if (value.compareTo(best) > 0) {
                best = value;
            }
            conflict |= rated.rating() < 0 && rated.status().live();
        }
        BigDecimal coverage = conflict ? best.subtract(HALF) : best;
        return coverage.max(BigDecimal.ZERO).min(BigDecimal.ONE).stripTrailingZeros();
    }

    /** Fit and coverage per objective; weights by objective id (objectives valid in the quarter only). */
    static Fit fit(Map<Long, Integer> weights, Collection<Rated> rated) {
        Map<Long, ObjectiveFit> objectives = new LinkedHashMap<>();
        BigDecimal weighted = BigDecimal.ZERO;
        long totalWeight = 0;
        for (Map.Entry<Long, Integer> entry : weights.entrySet()) {
            List<Rated> forObjective = rated.stream()
                    .filter(r -> r.objectiveId().equals(entry.getKey()))
                    .toList();
            BigDecimal coverage = coverage(forObjective);
            boolean gap = forObjective.stream()
                    .noneMatch(r -> r.rating() >= 1 && r.status().live());
            Long best = forObjective.stream()
                    .filter(r -> r.rating() > 0)
                    .max(Comparator.comparing((Rated r) ->
                            BigDecimal.valueOf(r.rating()).multiply(r.status().confidence())))
                    .map(Rated::itemId)
                    .orElse(null);
            objectives.put(
                    entry.getKey(),
                    new ObjectiveFit(
                            entry.getKey(),
                            entry.getValue(),
                            coverage,
                            gap,
                            best,
                            forObjective.stream()
                                    .filter(r -> r.rating() < 0 && r.status().live())
                                    .map(Rated::itemId)
                                    .toList(),
                            !forObjective.isEmpty()));
            weighted = weighted.add(coverage.multiply(BigDecimal.valueOf(entry.getValue())));
            totalWeight += entry.getValue();
        }
        BigDecimal fit = totalWeight == 0
                ? null
                : weighted.multiply(HUNDRED).divide(BigDecimal.valueOf(totalWeight), 1, RoundingMode.HALF_UP);
        return new Fit(fit, List.copyOf(objectives.values()));
    }

    /**
     * Whether a requirement is met by the roadmap: some live item, committed no later than {@code neededBy} (or
     * already GA), supports (rating ≥ 1) one of the requirement's objectives.
     */
    static boolean requirementCovered(
            Quarter neededBy, Set<Long> objectiveIds, Collection<Rated> rated, Map<Long, StatusStep> states) {
        return rated.stream()
                .anyMatch(r -> r.rating() >= 1
                        && r.status().live()
                        && objectiveIds.contains(r.objectiveId())
                        && byQuarter(states.get(r.itemId()), neededBy));
    }

    private static boolean byQuarter(StatusStep state, Quarter neededBy) {
        return state != null
                && (state.status() == ItemStatus.GA
                        || state.quarter() != null && state.quarter().compareTo(neededBy) <= 0);
    }

    /**
     * The quarter an item was first committed to: the quarter of its first step that is committed, beta or GA;
     * null for an item that was never committed.
     */
    static Quarter firstCommitment(List<StatusStep> history) {
        return history.stream()
                .filter(s -> s.status() == ItemStatus.COMMITTED
                        || s.status() == ItemStatus.BETA
                        || s.status() == ItemStatus.GA)
                .map(StatusStep::quarter)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /**
     * Reliability on {@code date} over some items' histories: of the items that were committed and are due (their
     * first committed quarter has ended, or they are GA), the share that reached GA by the end of that quarter.
     */
    static Reliability reliability(Collection<List<StatusStep>> histories, LocalDate date) {
        Map<Long, List<StatusStep>> byItem = new LinkedHashMap<>();
        histories.forEach(h -> byItem.put((long) byItem.size(), h));
        return reliability(byItem, date);
    }

    /** As {@link #reliability(Collection, LocalDate)}, naming the due items by the keys of {@code histories}. */
    static Reliability reliability(Map<Long, List<StatusStep>> histories, LocalDate date) {
        List<Long> onTime = new ArrayList<>();
        List<Long> late = new ArrayList<>();
        histories.forEach((itemId, full) -> {
            Boolean delivered = deliveredOnTime(full, date);
            if (delivered != null) {
                (delivered ? onTime : late).add(itemId);
            }
        });
        int due = onTime.size() + late.size();
        BigDecimal share = due == 0
                ? null
                : BigDecimal.valueOf(onTime.size())
                        .multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP);
        return new Reliability(share, onTime.size(), due, onTime, late);
    }

    /** Whether an item was delivered in its first committed quarter, as known on {@code date}; null when not due. */
    private static Boolean deliveredOnTime(List<StatusStep> full, LocalDate date) {
        List<StatusStep> history =
                full.stream().filter(s -> !s.on().isAfter(date)).toList();
        Quarter committed = firstCommitment(history);
        if (committed == null) {
            return null;
        }
        StatusStep ga = history.stream()
                .filter(s -> s.status() == ItemStatus.GA)
                .findFirst()
                .orElse(null);
        if (ga == null && !committed.end().isBefore(date)) {
            return null; // still within its quarter: not due yet
        }
        return ga != null && !ga.on().isAfter(committed.end());
    }

    /**
     * The slips in a history after {@code since} (up to and including {@code until}): a step that is delayed or
     * dropped, or that moves the committed quarter later than the step before it.
     */
    static List<Slip> slips(List<StatusStep> history, LocalDate since, LocalDate until) {
        List<Slip> slips = new ArrayList<>();
        StatusStep previous = null;
        for (StatusStep step : history) {
            boolean window = step.on().isAfter(since) && !step.on().isAfter(until);
            boolean later = previous != null
                    && previous.quarter() != null
                    && step.quarter() != null
                    && step.quarter().compareTo(previous.quarter()) > 0;
            boolean bad = step.status() == ItemStatus.DELAYED || step.status() == ItemStatus.DROPPED;
            if (window && (later || bad && (previous == null || previous.status() != step.status()))) {
                slips.add(new Slip(
                        previous == null ? null : previous.status(),
                        previous == null ? null : previous.quarter(),
                        step.status(),
                        step.quarter(),
                        step.on()));
            }
            previous = step;
        }
        return slips;
    }

    /** Whether a platform running {@code runningVersion} is hit by an end of support for {@code affected}. */
    static boolean versionAffected(String affected, String runningVersion) {
        if (affected == null || affected.isBlank()) {
            return true;
        }
        if (runningVersion == null) {
            return false;
        }
        String a = affected.trim().toLowerCase();
        String v = runningVersion.trim().toLowerCase();
        String prefix = a.endsWith(".x") || a.endsWith(".*") ? a.substring(0, a.length() - 1) : a + ".";
        return v.equals(a) || v.startsWith(prefix);
    }

    /** How close the end of support (the last day of its quarter) is on {@code today}. */
    static SupportRisk supportRisk(LocalDate supportEnds, LocalDate today) {
        if (supportEnds.isBefore(today)) {
            return SupportRisk.ENDED;
        }
        if (!supportEnds.isAfter(today.plusMonths(12))) {
            return SupportRisk.WITHIN_12_MONTHS;
        }
        if (!supportEnds.isAfter(today.plusMonths(24))) {
            return SupportRisk.WITHIN_24_MONTHS;
        }
        return SupportRisk.LATER;
    }
}

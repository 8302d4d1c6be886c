package io.pxportal.governance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The governance rules behind the PX metrics of the governance pillar, as plain functions (docs/scoring.md states
 * them with worked examples; {@code GovernanceScoringTest} uses the same examples).
 */
final class GovernanceScoring {

    private GovernanceScoring() {}

    /** A subject on a closed review's frozen agenda, with the review's day and the platforms it concerns. */
    record Listing(
            String subjectType,
            Long subjectId,
            boolean needsDecision,
            LocalDate heldOn,
            Long reviewId,
            Set<Long> platformIds) {}

    /** A decision with the subjects it links to. */
    record Decided(Long id, Long reviewId, String title, LocalDate decidedOn, List<DecisionLink> links) {}

    /** One matter decided: when it was first put to the committee for a decision, and the days until it was. */
    record LeadTime(Decided decision, Listing raised, long days) {}

    /** An action as the on-time rule sees it, with the platforms of its review. */
    record Act(
            Long id,
            Long reviewId,
            String title,
            LocalDate dueOn,
            ActionStatus status,
            LocalDate completedOn,
            Set<Long> platformIds) {}

    /**
     * Every matter the committee decided, with its lead time: per subject, in date order, a listing that calls for a
     * decision starts the clock (unless it runs already), a listing that no longer calls for one stops it, and the
     * first decision linking the subject while the clock runs is the decision, {@code decidedOn − start} days.
     * Listings of a day come before the decisions of that day (a review decides what its agenda lists).
     */
    static List<LeadTime> leadTimes(List<Listing> listings, List<Decided> decisions) {
        Map<List<Object>, List<Object>> timeline = new LinkedHashMap<>();
        listings.stream()
                .sorted(Comparator.comparing(Listing::heldOn).thenComparing(Listing::reviewId))
                .forEach(l -> timeline.computeIfAbsent(List.of(l.subjectType(), l.subjectId()), k -> new ArrayList<>())
                        .add(l));
        List<LeadTime> leadTimes = new ArrayList<>();
        for (Map.Entry<List<Object>, List<Object>> subject : timeline.entrySet()) {
            List<Object> events = subject.getValue();
            decisions.stream()
                    .filter(d -> d.links().stream()
                            .anyMatch(link -> link.subjectType()
                                            .equals(subject.getKey().get(0))
                                    && link.subjectId().equals(subject.getKey().get(1))))
                    .forEach(events::add);
            events.sort(Comparator.comparing(GovernanceScoring::day).thenComparing(e -> e instanceof Decided ? 1 : 0));
            Listing start = null;
            for (Object event : events) {
                if (event instanceof Listing listing) {
                    start = listing.needsDecision() ? (start == null ? listing : start) : null;
                } else if (start != null) {
                    Decided decision = (Decided) event;
                    leadTimes.add(new LeadTime(
                            decision, start, ChronoUnit.DAYS.between(start.heldOn(), decision.decidedOn())));
                    start = null;
                }
            }
        }
        return leadTimes;
    }

    private static LocalDate day(Object event) {
        return event instanceof Listing l ? l.heldOn() : ((Decided) event).decidedOn();
    }

    /** The median of some day counts, one decimal (the mean of the middle two for an even count); null for none. */
    static BigDecimal median(List<Long> days) {
        if (days.isEmpty()) {
            return null;
        }
        List<Long> sorted = days.stream().sorted().toList();
        int middle = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1
                ? BigDecimal.valueOf(sorted.get(middle))
                : BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle))
                        .divide(BigDecimal.valueOf(2));
        return median.setScale(1, RoundingMode.HALF_UP);
    }

    /**
     * Whether an action counts for the on-time share on {@code today}, and how: null when it does not count
     * (cancelled, or open and not yet due), true when done on or before its due day, false when done later or
     * still open after it.
     */
    static Boolean onTime(Act action, LocalDate today) {
        return switch (action.status()) {
            case CANCELLED -> null;
            case DONE -> !action.completedOn().isAfter(action.dueOn());
            case OPEN -> action.dueOn().isBefore(today) ? Boolean.FALSE : null;
        };
    }

    /** Share of counted actions done on time, 0–100, one decimal; null when none counts. */
    static BigDecimal onTimeShare(List<Act> actions, LocalDate today) {
        long counted = actions.stream().filter(a -> onTime(a, today) != null).count();
        long onTime = actions.stream()
                .filter(a -> Boolean.TRUE.equals(onTime(a, today)))
                .count();
        return counted == 0
                ? null
                : BigDecimal.valueOf(onTime * 100).divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP);
    }
}

package io.pxportal.governance;

import io.pxportal.governance.GovernanceScoring.Act;
import io.pxportal.governance.GovernanceScoring.Decided;
import io.pxportal.governance.GovernanceScoring.LeadTime;
import io.pxportal.governance.GovernanceScoring.Listing;
import io.pxportal.shared.metric.AllPeriodsMetricSource;
import io.pxportal.shared.metric.DerivedValue;
import io.pxportal.shared.metric.Evidence;
import io.pxportal.shared.metric.MetricPeriod;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PX metrics of the governance pillar, per platform and quarter (rules in {@link GovernanceScoring},
 * docs/scoring.md):
 *
 * <ul>
 *   <li>{@code px.decision-lead-time}: the median days from a matter first put to the committee for a decision (on
 *       a closed review's frozen agenda) to the decision linking it, over the decisions taken in the quarter;</li>
 *   <li>{@code px.on-time-actions}: the share of the steering actions due in the quarter that were done by their
 *       due day (cancelled ones and open ones not yet due do not count).</li>
 * </ul>
 * A matter or action belongs to the platform of its agenda item, or else to every platform of its review. Reads the
 * reviews, frozen agendas, decisions and actions directly — only those up to the quarter's end (lead times: a
 * matter's history before it) or due in it (actions) — and computes in memory: a few reviews a quarter.
 */
@Component
@Transactional(readOnly = true)
class GovernanceMetrics extends AllPeriodsMetricSource {

    static final String DECISION_LEAD_TIME = "px.decision-lead-time";
    static final String ON_TIME_ACTIONS = "px.on-time-actions";

    private final SteeringReviewRepository reviews;
    private final FrozenAgendaItemRepository frozenItems;
    private final SteeringDecisionRepository decisions;
    private final SteeringActionRepository actions;
    private final Clock clock;

    GovernanceMetrics(
            SteeringReviewRepository reviews,
            FrozenAgendaItemRepository frozenItems,
            SteeringDecisionRepository decisions,
            SteeringActionRepository actions,
            Clock clock) {
        this.reviews = reviews;
        this.frozenItems = frozenItems;
        this.decisions = decisions;
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    public Set<String> metricCodes() {
        return Set.of(DECISION_LEAD_TIME, ON_TIME_ACTIONS);
    }

    /**
     * Every period from one reading: the reviews, agendas and decisions up to the last period's end and the actions
     * due in any of the periods, each read once, then split by period in memory.
     */
    @Override
    public Map<MetricPeriod, Map<String, Map<Long, DerivedValue>>> values(
            Set<String> metricCodes, Collection<Long> platformIds, List<MetricPeriod> periods) {
        Set<Long> wanted = Set.copyOf(platformIds);
        Map<MetricPeriod, Map<String, Map<Long, DerivedValue>>> result = new LinkedHashMap<>();
        periods.forEach(p -> {
            Map<String, Map<Long, DerivedValue>> byCode = new HashMap<>();
            metricCodes.forEach(code -> byCode.put(code, Map.of()));
            result.put(p, byCode);
        });
        if (periods.isEmpty()) {
            return result;
        }
        LocalDate first = periods.stream()
                .map(MetricPeriod::from)
                .min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate last =
                periods.stream().map(MetricPeriod::to).max(LocalDate::compareTo).orElseThrow();
        if (metricCodes.contains(DECISION_LEAD_TIME)) {
            List<LeadTime> leadTimes = leadTimes(last);
            periods.forEach(p -> result.get(p).put(DECISION_LEAD_TIME, leadTimes(leadTimes, wanted, p)));
        }
        if (metricCodes.contains(ON_TIME_ACTIONS)) {
            List<Act> acts = acts(first, last);
            periods.forEach(p -> result.get(p).put(ON_TIME_ACTIONS, onTimeActions(acts, wanted, p)));
        }
        return result;
    }

    private static Map<Long, SteeringReview> byId(List<SteeringReview> list) {
        return list.stream().collect(Collectors.toMap(SteeringReview::getId, Function.identity()));
    }

    /**
     * The lead times of every decision up to {@code last}. Events after a decision cannot change its lead time, so
     * one reading up to the last period's end gives each period's decisions what a reading up to its own end did.
     */
    private List<LeadTime> leadTimes(LocalDate last) {
        Map<Long, SteeringReview> byId = byId(reviews.findByHeldOnLessThanEqual(last));
        if (byId.isEmpty()) {
            return List.of();
        }
        List<Listing> listings = frozenItems.findByReviewIdIn(byId.keySet()).stream()
                .map(i -> {
                    SteeringReview review = byId.get(i.getReviewId());
                    return new Listing(
                            i.getSubjectType(),
                            i.getSubjectId(),
                            i.isNeedsDecision(),
                            review.getHeldOn(),
                            review.getId(),
                            i.getPlatformId() == null
                                    ? Set.copyOf(review.getPlatformIds())
                                    : Set.of(i.getPlatformId()));
                })
                .toList();
        List<Decided> decided = decisions.findByDecidedOnLessThanEqual(last).stream()
                .map(d -> new Decided(d.getId(), d.getReviewId(), d.getTitle(), d.getDecidedOn(), d.getLinks()))
                .toList();
        return GovernanceScoring.leadTimes(listings, decided);
    }

    private static Map<Long, DerivedValue> leadTimes(List<LeadTime> all, Set<Long> wanted, MetricPeriod period) {
        Map<Long, List<LeadTime>> byPlatform = new HashMap<>();
        for (LeadTime leadTime : all) {
            LocalDate on = leadTime.decision().decidedOn();
            if (on.isBefore(period.from()) || on.isAfter(period.to())) {
                continue;
            }
            leadTime.raised().platformIds().stream()
                    .filter(wanted::contains)
                    .forEach(p -> byPlatform
                            .computeIfAbsent(p, k -> new ArrayList<>())
                            .add(leadTime));
        }
        Map<Long, DerivedValue> values = new HashMap<>();
        byPlatform.forEach((platform, times) -> values.put(
                platform,
                new DerivedValue(
                        GovernanceScoring.median(
                                times.stream().map(LeadTime::days).toList()),
                        times.stream().map(GovernanceMetrics::evidence).toList())));
        return values;
    }

    /** The actions due from {@code first} to {@code last} with their reviews' platforms. */
    private List<Act> acts(LocalDate first, LocalDate last) {
        List<SteeringAction> due = actions.findByDueOnBetween(first, last);
        Map<Long, SteeringReview> byId = due.isEmpty()
                ? Map.of()
                : byId(reviews.findAllById(
                        due.stream().map(SteeringAction::getReviewId).collect(Collectors.toSet())));
        List<Act> acts = new ArrayList<>();
        for (SteeringAction a : due) {
            SteeringReview review = byId.get(a.getReviewId());
            if (review != null) {
                acts.add(new Act(
                        a.getId(),
                        a.getReviewId(),
                        a.getTitle(),
                        a.getDueOn(),
                        a.getStatus(),
                        a.getCompletedOn(),
                        Set.copyOf(review.getPlatformIds())));
            }
        }
        return acts;
    }

    private Map<Long, DerivedValue> onTimeActions(List<Act> all, Set<Long> wanted, MetricPeriod period) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<Act>> byPlatform = new HashMap<>();
        for (Act act : all) {
            if (act.dueOn().isBefore(period.from())
                    || act.dueOn().isAfter(period.to())
                    || GovernanceScoring.onTime(act, today) == null) {
                continue;
            }
            act.platformIds().stream()
                    .filter(wanted::contains)
                    .forEach(p -> byPlatform
                            .computeIfAbsent(p, k -> new ArrayList<>())
                            .add(act));
        }
        Map<Long, DerivedValue> values = new HashMap<>();
        byPlatform.forEach((platform, acts) -> values.put(
                platform,
                new DerivedValue(
                        GovernanceScoring.onTimeShare(acts, today),
                        acts.stream().map(a -> evidence(a, today)).toList())));
        return values;
    }

    static Evidence evidence(LeadTime leadTime) {
        Decided d = leadTime.decision();
        Listing raised = leadTime.raised();
        return new Evidence(
                "steering-decision",
                d.id(),
                d.title(),
                raised.subjectType() + " #" + raised.subjectId()
                        + ": put for a decision on " + raised.heldOn() + ", decided " + d.decidedOn() + ": "
                        + leadTime.days() + " days",
                "reviews/" + d.reviewId(),
                Map.of());
    }

    static Evidence evidence(Act action, LocalDate today) {
        String state = action.status() == ActionStatus.DONE ? ", done " + action.completedOn() : ", still open";
        return new Evidence(
                "steering-action",
                action.id(),
                action.title(),
                "due " + action.dueOn() + state + ": "
                        + (Boolean.TRUE.equals(GovernanceScoring.onTime(action, today)) ? "on time" : "late"),
                "reviews/" + action.reviewId(),
                Map.of());
    }
}

package io.pxportal.shared.metric;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module that derives PX metrics from its own records, e.g. licensing's usage coverage. The experience module
 * asks each source once per request for all of its derived metrics in the catalogue and all the periods it scores
 * ({@link #values(Set, Collection, List)}: a trend asks eight quarters in one call), for many platforms at once,
 * as the user who asked for the scores (so sources read through their own secured services).
 *
 * <p>How to add a source (finance, support, roadmap, governance): declare a Spring bean implementing this
 * interface in your module; return the codes you compute from {@link #metricCodes()} (the catalogue's defaults
 * name them: {@code px.budget-variance}, {@code px.sla-response}, {@code px.sla-resolution},
 * {@code px.aged-backlog}, {@code px.roadmap-fit}, {@code px.roadmap-reliability}, {@code px.decision-lead-time},
 * {@code px.on-time-actions}); for each platform with data in the period return a {@link DerivedValue} in the
 * metric's unit, with the records it came from as {@link Evidence}. Leave a platform out when there is nothing to
 * measure — it then shows "no data"; never return zero for "unknown". Two sources must not claim one code.
 */
public interface DerivedMetricSource {

    /** The metric codes this source computes, e.g. {@code px.usage-coverage}. */
    Set<String> metricCodes();

    /**
     * The metric's value per platform for the period {@code from}–{@code to} (both inclusive, a quarter), only for
     * platforms with data.
     */
    Map<Long, DerivedValue> values(String metricCode, Collection<Long> platformIds, LocalDate from, LocalDate to);

    /**
     * Several of this source's metrics for the same platforms and period, by metric code; the experience module
     * calls this, once per source and period. By default one {@link #values} call per code; a source whose metrics
     * share the expensive part (licensing's positions) overrides it to read its records once. Called inside the
     * scores' read-only transaction; a source that needs its own (lazy collections) must override this method in its
     * class, because class-level {@code @Transactional} does not cover an inherited default method.
     */
    default Map<String, Map<Long, DerivedValue>> values(
            Set<String> metricCodes, Collection<Long> platformIds, LocalDate from, LocalDate to) {
        Map<String, Map<Long, DerivedValue>> values = new HashMap<>();
        for (String code : metricCodes) {
            values.put(code, values(code, platformIds, from, to));
        }
        return values;
    }

    /**
     * The same for several periods at once, by period; the experience module calls this, once per source and
     * request. By default one {@link #values(Set, Collection, LocalDate, LocalDate)} call per period; a source whose
     * reading costs per call rather than per period (licensing reads its contracts and measurements once for all
     * periods) overrides it. The same transaction note applies.
     */
    default Map<MetricPeriod, Map<String, Map<Long, DerivedValue>>> values(
            Set<String> metricCodes, Collection<Long> platformIds, List<MetricPeriod> periods) {
        Map<MetricPeriod, Map<String, Map<Long, DerivedValue>>> values = new LinkedHashMap<>();
        for (MetricPeriod period : periods) {
            values.put(period, values(metricCodes, platformIds, period.from(), period.to()));
        }
        return values;
    }

    /**
     * Of these platforms, those whose values this source keeps from the current user although a user who reads
     * everything gets them — e.g. finance's budget variance of a platform whose costs the user may not see. Scores
     * computed for someone else (a review's agenda, computed as the system user) must not reach this user for
     * these platforms. None by default, for sources whose records everyone logged in reads.
     */
    default Set<Long> withheld(Collection<Long> platformIds) {
        return Set.of();
    }
}

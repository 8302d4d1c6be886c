package io.pxportal.shared.metric;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * A module that derives PX metrics from its own records, e.g. licensing's usage coverage. The experience module
 * calls {@link #values} for every derived metric of its catalogue once per period, for many platforms at once,
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
}

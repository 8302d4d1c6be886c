package io.pxportal.shared.metric;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;

/**
 * A source that reads its records once for all the periods asked ({@link #values(Set, Collection, List)}); the
 * one-period questions are answered as one period of that. Read-only transactional here, because a subclass's
 * class-level {@code @Transactional} does not cover the methods it inherits.
 */
@Transactional(readOnly = true)
public abstract class AllPeriodsMetricSource implements DerivedMetricSource {

    @Override
    public Map<Long, DerivedValue> values(
            String metricCode, Collection<Long> platformIds, LocalDate from, LocalDate to) {
        return values(Set.of(metricCode), platformIds, from, to).getOrDefault(metricCode, Map.of());
    }

    @Override
    public Map<String, Map<Long, DerivedValue>> values(
            Set<String> metricCodes, Collection<Long> platformIds, LocalDate from, LocalDate to) {
        MetricPeriod period = new MetricPeriod(from, to);
        return values(metricCodes, platformIds, List.of(period)).getOrDefault(period, Map.of());
    }

    @Override
    public abstract Map<MetricPeriod, Map<String, Map<Long, DerivedValue>>> values(
            Set<String> metricCodes, Collection<Long> platformIds, List<MetricPeriod> periods);
}

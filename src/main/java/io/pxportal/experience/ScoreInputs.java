package io.pxportal.experience;

import io.pxportal.shared.metric.DerivedMetricSource;
import io.pxportal.shared.metric.DerivedValue;
import io.pxportal.shared.metric.Evidence;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Gathers a quarter's values for many platforms at once: observations, survey means above the anonymity
 * threshold, and derived metrics from the modules' {@link DerivedMetricSource}s. A derived metric that no source
 * provides has no value — "no data", never an invented one.
 */
@Component
class ScoreInputs {

    private final ObservationService observations;
    private final SurveyService survey;
    private final Map<String, DerivedMetricSource> sources = new HashMap<>();
    private final Clock clock;

    ScoreInputs(ObservationService observations, SurveyService survey, List<DerivedMetricSource> sources,
                Clock clock) {
        this.observations = observations;
        this.survey = survey;
        this.clock = clock;
        for (DerivedMetricSource source : sources) {
            for (String code : source.metricCodes()) {
                DerivedMetricSource other = this.sources.put(code, source);
                if (other != null) {
                    throw new IllegalStateException("two sources derive " + code + ": " + other.getClass().getName()
                            + " and " + source.getClass().getName());
                }
            }
        }
    }

    /** The values of every metric of the catalogue, per platform. */
    Inputs gather(Catalogue catalogue, Collection<Long> platformIds, Quarter period) {
        Map<Long, Map<String, BigDecimal>> values = new HashMap<>();
        Map<Long, Map<String, Observation>> observed = observations.values(platformIds, period);
        // Each metric takes values only from the source its catalogue entry names.
        observed.forEach((platform, byCode) -> byCode.forEach((code, o) -> {
            if (catalogue.metric(code).filter(ObservationService::takesObservations).isPresent()) {
                values.computeIfAbsent(platform, p -> new HashMap<>()).put(code, o.getValue());
            }
        }));
        Map<Long, SurveyService.Results> pulse = survey.means(platformIds, period);
        pulse.forEach((platform, results) -> results.means().forEach((question, mean) -> {
            if (catalogue.metric(question.metricCode()).filter(m -> m.source() == MetricSource.SURVEY).isPresent()) {
                values.computeIfAbsent(platform, p -> new HashMap<>()).put(question.metricCode(), mean);
            }
        }));
        Map<Long, Map<String, DerivedValue>> derived = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        if (!period.start().isAfter(today)) {
            LocalDate to = period.end().isAfter(today) ? today : period.end();
            // One call per source for all its codes: a source's metrics often share their expensive part.
            Map<DerivedMetricSource, Set<String>> wanted = new LinkedHashMap<>();
            for (MetricDefinition metric : catalogue.metrics()) {
                DerivedMetricSource source = sources.get(metric.code());
                if (metric.source() == MetricSource.DERIVED && source != null) {
                    wanted.computeIfAbsent(source, s -> new LinkedHashSet<>()).add(metric.code());
                }
            }
            wanted.forEach((source, codes) -> source.values(codes, platformIds, period.start(), to)
                    .forEach((code, byPlatform) -> {
                        if (!codes.contains(code)) {
                            return; // only what was asked for
                        }
                        byPlatform.forEach((platform, value) -> {
                            derived.computeIfAbsent(platform, p -> new HashMap<>()).put(code, value);
                            values.computeIfAbsent(platform, p -> new HashMap<>()).put(code, value.value());
                        });
                    }));
        }
        return new Inputs(values, observed, pulse, derived);
    }

    /** The platforms for which some source keeps values from the current user ({@link DerivedMetricSource#withheld}). */
    Set<Long> withheld(Collection<Long> platformIds) {
        Set<Long> withheld = new HashSet<>();
        new HashSet<>(sources.values()).forEach(source -> withheld.addAll(source.withheld(platformIds)));
        return withheld;
    }

    int surveyThreshold() {
        return survey.threshold();
    }

    boolean hasSource(String metricCode) {
        return sources.containsKey(metricCode);
    }

    /** What was gathered, kept apart by origin for provenance. */
    record Inputs(Map<Long, Map<String, BigDecimal>> values, Map<Long, Map<String, Observation>> observed,
                  Map<Long, SurveyService.Results> pulse, Map<Long, Map<String, DerivedValue>> derived) {

        Map<String, BigDecimal> of(Long platformId) {
            return values.getOrDefault(platformId, Map.of());
        }

        List<Evidence> evidence(Long platformId, String code) {
            DerivedValue value = derived.getOrDefault(platformId, Map.of()).get(code);
            return value == null ? List.of() : value.evidence();
        }
    }
}

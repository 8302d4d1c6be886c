package io.pxportal.experience;

import io.pxportal.shared.metric.DerivedMetricSource;
import io.pxportal.shared.metric.DerivedValue;
import io.pxportal.shared.metric.Evidence;
import io.pxportal.shared.metric.MetricPeriod;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
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

    ScoreInputs(ObservationService observations, SurveyService survey, List<DerivedMetricSource> sources, Clock clock) {
        this.observations = observations;
        this.survey = survey;
        this.clock = clock;
        for (DerivedMetricSource source : sources) {
            for (String code : source.metricCodes()) {
                DerivedMetricSource other = this.sources.put(code, source);
                if (other != null) {
                    throw new IllegalStateException("two sources derive " + code + ": "
                            + other.getClass().getName() + " and "
                            + source.getClass().getName());
                }
            }
        }
    }

    /** The values of every metric of the catalogue, per platform. */
    Inputs gather(Catalogue catalogue, Collection<Long> platformIds, Quarter period) {
        return gather(Map.of(period, catalogue), platformIds).get(period);
    }

    /**
     * The values of every metric of each quarter's catalogue, per quarter and platform. Each input is read once for
     * all the quarters: one query for the observations, one for the pulse sums, one call per derived source.
     */
    Map<Quarter, Inputs> gather(Map<Quarter, Catalogue> catalogues, Collection<Long> platformIds) {
        Set<Quarter> quarters = catalogues.keySet();
        Map<Quarter, Map<Long, Map<String, Observation>>> observed = observations.values(platformIds, quarters);
        Map<Quarter, Map<Long, SurveyService.Results>> pulse = survey.means(platformIds, quarters);
        Map<Quarter, Map<Long, Map<String, DerivedValue>>> derived = derived(catalogues, platformIds);
        Map<Quarter, Inputs> result = new HashMap<>();
        catalogues.forEach((quarter, catalogue) -> {
            Map<Long, Map<String, BigDecimal>> values = new HashMap<>();
            // Each metric takes values only from the source its catalogue entry names.
            observed.get(quarter)
                    .forEach((platform, byCode) -> byCode.forEach((code, o) -> {
                        if (catalogue
                                .metric(code)
                                .filter(ObservationService::takesObservations)
                                .isPresent()) {
                            values.computeIfAbsent(platform, p -> new HashMap<>())
                                    .put(code, o.getValue());
                        }
                    }));
            pulse.get(quarter)
                    .forEach((platform, results) -> results.means().forEach((question, mean) -> {
                        if (catalogue
                                .metric(question.metricCode())
                                .filter(m -> m.source() == MetricSource.SURVEY)
                                .isPresent()) {
                            values.computeIfAbsent(platform, p -> new HashMap<>())
                                    .put(question.metricCode(), mean);
                        }
                    }));
            Map<Long, Map<String, DerivedValue>> derivedOfQuarter = derived.getOrDefault(quarter, Map.of());
            derivedOfQuarter.forEach((platform, byCode) -> byCode.forEach((code, value) ->
                    values.computeIfAbsent(platform, p -> new HashMap<>()).put(code, value.value())));
            result.put(quarter, new Inputs(values, observed.get(quarter), pulse.get(quarter), derivedOfQuarter));
        });
        return result;
    }

    /**
     * The derived values of the quarters that have begun (cut at today), per quarter and platform: one call per
     * source for all its codes and all those quarters — a source's metrics often share their expensive part, and
     * so do its quarters. A quarter gets only the codes its own catalogue takes from that source.
     */
    private Map<Quarter, Map<Long, Map<String, DerivedValue>>> derived(
            Map<Quarter, Catalogue> catalogues, Collection<Long> platformIds) {
        LocalDate today = LocalDate.now(clock);
        Map<DerivedMetricSource, Map<MetricPeriod, Set<String>>> wanted = new LinkedHashMap<>();
        Map<MetricPeriod, Quarter> quarterOf = new HashMap<>();
        catalogues.forEach((quarter, catalogue) -> {
            if (quarter.start().isAfter(today)) {
                return;
            }
            MetricPeriod period =
                    new MetricPeriod(quarter.start(), quarter.end().isAfter(today) ? today : quarter.end());
            quarterOf.put(period, quarter);
            for (MetricDefinition metric : catalogue.metrics()) {
                DerivedMetricSource source = sources.get(metric.code());
                if (metric.source() == MetricSource.DERIVED && source != null) {
                    wanted.computeIfAbsent(source, s -> new LinkedHashMap<>())
                            .computeIfAbsent(period, p -> new LinkedHashSet<>())
                            .add(metric.code());
                }
            }
        });
        Map<Quarter, Map<Long, Map<String, DerivedValue>>> derived = new HashMap<>();
        wanted.forEach((source, byPeriod) -> {
            Set<String> codes = new LinkedHashSet<>();
            byPeriod.values().forEach(codes::addAll);
            List<MetricPeriod> periods = byPeriod.keySet().stream()
                    .sorted(Comparator.comparing(MetricPeriod::from))
                    .toList();
            source.values(codes, platformIds, periods).forEach((period, byCode) -> {
                Set<String> asked = byPeriod.get(period);
                if (asked == null) {
                    return; // only what was asked for
                }
                byCode.forEach((code, byPlatform) -> {
                    if (asked.contains(code)) {
                        byPlatform.forEach((platform, value) -> derived.computeIfAbsent(
                                        quarterOf.get(period), q -> new HashMap<>())
                                .computeIfAbsent(platform, p -> new HashMap<>())
                                .put(code, value));
                    }
                });
            });
        });
        return derived;
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
    record Inputs(
            Map<Long, Map<String, BigDecimal>> values,
            Map<Long, Map<String, Observation>> observed,
            Map<Long, SurveyService.Results> pulse,
            Map<Long, Map<String, DerivedValue>> derived) {

        Map<String, BigDecimal> of(Long platformId) {
            return values.getOrDefault(platformId, Map.of());
        }

        List<Evidence> evidence(Long platformId, String code) {
            DerivedValue value = derived.getOrDefault(platformId, Map.of()).get(code);
            return value == null ? List.of() : value.evidence();
        }
    }
}

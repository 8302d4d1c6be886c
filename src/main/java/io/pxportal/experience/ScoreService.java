package io.pxportal.experience;

import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.metric.Evidence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores per platform and quarter, computed on request from the quarter's catalogue version and values
 * (docs/scoring.md): everyone logged in reads them. Survey answers reach a score only as a mean above the
 * anonymity threshold.
 */
@Service
@Transactional(readOnly = true)
public class ScoreService {

    private final CatalogueService catalogues;
    private final ScoreInputs inputs;
    private final ObservationService observations;

    ScoreService(CatalogueService catalogues, ScoreInputs inputs, ObservationService observations) {
        this.catalogues = catalogues;
        this.inputs = inputs;
        this.observations = observations;
    }

    /** One platform's scorecard for a quarter. */
    @PreAuthorize("isAuthenticated()")
    public Scorecard scorecard(Long platformId, Quarter period) {
        return scorecards(Set.of(platformId), period).get(platformId);
    }

    /** Scorecards of many platforms for one quarter, gathered in one pass (comparison, portfolio cards). */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Scorecard> scorecards(Collection<Long> platformIds, Quarter period) {
        return scorecards(platformIds, List.of(period)).get(period);
    }

    /**
     * The platforms' scorecards for the {@code quarters} quarters up to and including {@code last}, oldest first.
     * All quarters are gathered together: each input (observations, pulse, each derived source) is read once.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, List<QuarterScore>> trends(Collection<Long> platformIds, Quarter last, int quarters) {
        List<Quarter> periods = new ArrayList<>();
        for (int i = quarters - 1; i >= 0; i--) {
            periods.add(last.plus(-i));
        }
        Map<Quarter, Map<Long, Scorecard>> cards = scorecards(platformIds, periods);
        Map<Long, List<QuarterScore>> result = new HashMap<>();
        for (Quarter q : periods) {
            cards.get(q)
                    .forEach((platform, card) -> result.computeIfAbsent(platform, p -> new ArrayList<>())
                            .add(new QuarterScore(q, card)));
        }
        return result;
    }

    private Map<Quarter, Map<Long, Scorecard>> scorecards(Collection<Long> platformIds, List<Quarter> periods) {
        Map<Quarter, Catalogue> versions = catalogues.forPeriods(periods);
        Map<Quarter, ScoreInputs.Inputs> gathered = inputs.gather(versions, platformIds);
        Map<Quarter, Map<Long, Scorecard>> result = new HashMap<>();
        for (Quarter q : periods) {
            Map<Long, Scorecard> cards = new HashMap<>();
            for (Long platformId : platformIds) {
                cards.put(
                        platformId,
                        ScoringEngine.score(versions.get(q), gathered.get(q).of(platformId)));
            }
            result.put(q, cards);
        }
        return result;
    }

    /** From one metric's score down to the observations, survey counts and records it came from. */
    @PreAuthorize("isAuthenticated()")
    public Provenance provenance(Long platformId, Quarter period, String metricCode) {
        Catalogue catalogue = catalogues.forPeriod(period);
        MetricDefinition metric =
                catalogue.metric(metricCode).orElseThrow(() -> new NotFoundException("metric", metricCode));
        ScoreInputs.Inputs gathered = inputs.gather(catalogue, Set.of(platformId), period);
        MetricScore score = ScoringEngine.score(catalogue, gathered.of(platformId)).metrics().stream()
                .filter(m -> m.metric().code().equals(metricCode))
                .findFirst()
                .orElseThrow();
        return switch (metric.source()) {
            case MANUAL, IMPORTED ->
                observed(
                        period,
                        catalogue,
                        score,
                        gathered.observed().getOrDefault(platformId, Map.of()).get(metricCode));
            case SURVEY -> {
                SurveyService.Results pulse = gathered.pulse().get(platformId);
                int responses = pulse == null ? 0 : pulse.responses();
                yield new Provenance(
                        period,
                        catalogue.number(),
                        score,
                        score.hasData() ? "experience.basis.survey" : "experience.basis.survey-hidden",
                        List.of(responses, threshold()),
                        List.of());
            }
            case DERIVED ->
                new Provenance(
                        period,
                        catalogue.number(),
                        score,
                        !inputs.hasSource(metricCode)
                                ? "experience.basis.no-source"
                                : score.hasData() ? "experience.basis.derived" : "experience.basis.no-data",
                        List.of(),
                        gathered.evidence(platformId, metricCode));
        };
    }

    private Provenance observed(Quarter period, Catalogue catalogue, MetricScore score, Observation o) {
        if (o == null) {
            return new Provenance(period, catalogue.number(), score, "experience.basis.no-data", List.of(), List.of());
        }
        List<AuditEntry> history = observations.history(o.getId());
        AuditEntry last = history.isEmpty() ? null : history.getFirst();
        Evidence evidence = new Evidence(
                "observation",
                o.getId(),
                o.getMetricCode() + " · " + period,
                o.getNote(),
                "experience/observations",
                Map.of("platform", String.valueOf(o.getPlatformId()), "period", period.toString()));
        return new Provenance(
                period,
                catalogue.number(),
                score,
                "experience.basis.observed",
                List.of(
                        "experience.origin." + o.getOrigin().name(),
                        last == null ? "" : last.username(),
                        last == null ? "" : last.at()),
                List.of(evidence));
    }

    /** The platforms whose scores some metric source computes with less for the current user than for the system. */
    Set<Long> withheld(Collection<Long> platformIds) {
        return inputs.withheld(platformIds);
    }

    private int threshold() {
        return inputs.surveyThreshold();
    }
}

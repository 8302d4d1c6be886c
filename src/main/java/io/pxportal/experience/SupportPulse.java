package io.pxportal.experience;

import io.pxportal.shared.metric.WeightedMean;
import io.pxportal.shared.pulse.PulseScoreSource;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The pulse on vendor support for other modules ({@link PulseScoreSource}): per platform at or above the survey's
 * anonymity threshold, the weighted mean of the scores of the support pillar's pulse metrics (predictable support,
 * the vendor as a strategic partner), each scored from the quarter's mean answer with the catalogue's floor, target
 * and weight and weighted as {@link WeightedMean} weighs them, as on the scorecard. A platform below the threshold is
 * left out.
 */
@Component
class SupportPulse implements PulseScoreSource {

    /** The pulse questions about the vendor's support: the PX support pillar's survey metrics. */
    static final List<SurveyQuestion> QUESTIONS = List.of(SurveyQuestion.SUPPORT, SurveyQuestion.VENDOR_PARTNER);

    private final SurveyService survey;
    private final CatalogueService catalogues;

    SupportPulse(SurveyService survey, CatalogueService catalogues) {
        this.survey = survey;
        this.catalogues = catalogues;
    }

    @Override
    public Map<Long, PulseScore> supportScores(Collection<Long> platformIds, YearMonth firstMonth) {
        if (platformIds.isEmpty()) {
            return Map.of();
        }
        Quarter quarter = Quarter.of(firstMonth.atDay(1));
        Catalogue catalogue = catalogues.forPeriod(quarter);
        Map<Long, PulseScore> scores = new HashMap<>();
        survey.means(platformIds, quarter).forEach((platform, results) -> {
            if (!results.means().isEmpty()) {
                score(catalogue, results.means())
                        .ifPresent(s -> scores.put(platform, new PulseScore(s, results.responses())));
            }
        });
        return scores;
    }

    /** The catalogue-weighted mean of the support questions' metric scores; none when the catalogue has neither. */
    static Optional<BigDecimal> score(Catalogue catalogue, Map<SurveyQuestion, BigDecimal> means) {
        Map<MetricDefinition, BigDecimal> scored = new LinkedHashMap<>();
        for (SurveyQuestion question : QUESTIONS) {
            var metric = catalogue.metric(question.metricCode()).filter(m -> m.source() == MetricSource.SURVEY);
            BigDecimal mean = means.get(question);
            if (metric.isPresent() && mean != null && metric.get().weight().signum() > 0) {
                scored.put(metric.get(), ScoringEngine.metricScore(metric.get(), mean));
            }
        }
        return Optional.ofNullable(WeightedMean.of(scored.keySet(), MetricDefinition::weight, scored::get)
                .value());
    }
}

package io.pxportal.experience;

import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.security.CurrentUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PO pulse survey: product owners answer once per platform and quarter, for the current quarter; everyone
 * logged in sees the results, but only once at least {@code px.experience.survey.min-responses} (3) answers
 * exist, and never an individual answer.
 */
@Service
@Transactional(readOnly = true)
public class SurveyService {

    private final SurveyResponseRepository responses;
    private final SurveyParticipantRepository participants;
    private final PlatformService platforms;
    private final Clock clock;
    private final int threshold;

    SurveyService(
            SurveyResponseRepository responses,
            SurveyParticipantRepository participants,
            PlatformService platforms,
            Clock clock,
            ExperienceProperties properties) {
        this.responses = responses;
        this.participants = participants;
        this.platforms = platforms;
        this.clock = clock;
        this.threshold = Math.max(1, properties.survey().minResponses());
    }

    /** The quarter answers are collected for now. */
    @PreAuthorize("isAuthenticated()")
    public Quarter openQuarter() {
        return Quarter.of(LocalDate.now(clock));
    }

    /** Whether the current user has already answered the platform's pulse this quarter. */
    @PreAuthorize("isAuthenticated()")
    public boolean answered(Long platformId) {
        return participants.existsById(new SurveyParticipant.Key(
                platformId, openQuarter().toString(), CurrentUser.username().orElse("")));
    }

    /** Records the current user's answers for this quarter; a second answer in one quarter is refused. */
    @Transactional
    @PreAuthorize("hasRole('PRODUCT_OWNER')")
    public void answer(Long platformId, SurveyAnswers answers) {
        record(platformId, openQuarter(), answers, CurrentUser.username().orElseThrow());
    }

    /** Demo data records past quarters for named respondents; the service's rules are the same. */
    @Transactional
    void record(Long platformId, Quarter quarter, SurveyAnswers answers, String respondent) {
        if (platforms.refsByIds(Set.of(platformId)).isEmpty()) {
            throw new NotFoundException("platform", platformId);
        }
        SurveyParticipant.Key key = new SurveyParticipant.Key(platformId, quarter.toString(), respondent);
        if (participants.existsById(key)) {
            throw new DomainException("experience.survey.already-answered", quarter.toString());
        }
        participants.save(new SurveyParticipant(platformId, quarter, respondent));
        responses.save(new SurveyResponse(platformId, quarter, answers));
    }

    /** The platform's results for a quarter: means and comments only above the threshold. */
    @PreAuthorize("isAuthenticated()")
    public SurveyResults results(Long platformId, Quarter quarter) {
        List<SurveyResponse> all = responses.findByPeriodAndPlatformIdIn(quarter.toString(), Set.of(platformId));
        if (all.size() < threshold) {
            return new SurveyResults(quarter, all.size(), threshold, Map.of(), List.of());
        }
        return new SurveyResults(
                quarter,
                all.size(),
                threshold,
                means(all),
                all.stream()
                        .map(SurveyResponse::getComment)
                        .filter(Objects::nonNull)
                        .sorted()
                        .toList());
    }

    /** Means per platform for scoring, only for platforms at or above the threshold; with the response counts. */
    Map<Long, Results> means(Collection<Long> platformIds, Quarter quarter) {
        return means(platformIds, List.of(quarter)).get(quarter);
    }

    /**
     * The same for several quarters (a trend's eight), by quarter, from one grouped query of the answers' counts and
     * sums: each mean is the sum over the count rounded as {@link #means(List)} rounds it, so both agree exactly.
     */
    Map<Quarter, Map<Long, Results>> means(Collection<Long> platformIds, Collection<Quarter> quarters) {
        Map<Quarter, Map<Long, Results>> means = new HashMap<>();
        quarters.forEach(q -> means.put(q, new HashMap<>()));
        if (platformIds.isEmpty() || quarters.isEmpty()) {
            return means;
        }
        SurveyQuestion[] questions = SurveyQuestion.values();
        for (Object[] row :
                responses.sums(quarters.stream().map(Quarter::toString).toList(), platformIds)) {
            int count = ((Number) row[2]).intValue();
            Map<SurveyQuestion, BigDecimal> byQuestion = new EnumMap<>(SurveyQuestion.class);
            if (count >= threshold) {
                for (int i = 0; i < questions.length; i++) {
                    byQuestion.put(questions[i], mean(((Number) row[3 + i]).longValue(), count));
                }
            }
            means.get(Quarter.parse((String) row[1]))
                    .put((Long) row[0], new Results(count, byQuestion.isEmpty() ? Map.of() : byQuestion));
        }
        return means;
    }

    int threshold() {
        return threshold;
    }

    /** Response count and (above the threshold) means of one platform's quarter. */
    record Results(int responses, Map<SurveyQuestion, BigDecimal> means) {}

    private static Map<SurveyQuestion, BigDecimal> means(List<SurveyResponse> list) {
        Map<SurveyQuestion, BigDecimal> means = new EnumMap<>(SurveyQuestion.class);
        for (SurveyQuestion q : SurveyQuestion.values()) {
            means.put(q, mean(list.stream().mapToInt(r -> r.ratings().get(q)).sum(), list.size()));
        }
        return means;
    }

    private static BigDecimal mean(long sum, int count) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}

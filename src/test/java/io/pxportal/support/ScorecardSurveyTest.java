package io.pxportal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.experience.Catalogue;
import io.pxportal.experience.CatalogueService;
import io.pxportal.experience.Quarter;
import io.pxportal.experience.ScoringEngine;
import io.pxportal.experience.SurveyQuestion;
import io.pxportal.experience.SurveyResults;
import io.pxportal.experience.SurveyService;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The vendor scorecard's PO survey column on the demo data: the support pulse of the vendor's platforms, scored as
 * the experience scorecard scores it, from platforms at or above the anonymity threshold only.
 */
@PortalIntegrationTest
@WithMockUser(username = "steering", roles = "STEERING")
class ScorecardSurveyTest {

    private static final List<SurveyQuestion> SUPPORT_QUESTIONS =
            List.of(SurveyQuestion.SUPPORT, SurveyQuestion.VENDOR_PARTNER);

    @Autowired
    ScorecardService scorecards;

    @Autowired
    SurveyService surveys;

    @Autowired
    CatalogueService catalogues;

    @Autowired
    PlatformService platforms;

    @Autowired
    Clock clock;

    @Test
    void last_quarters_survey_column_holds_the_pulse_of_each_vendors_platforms() {
        YearMonth first = firstMonthOf(Quarter.of(LocalDate.now(clock)).plus(-1));

        List<VendorScorecard> cards = scorecards.quarter(first);

        // The demo's vendors have pulse answers; vendors other tests add have none, and show no survey.
        assertThat(cards)
                .filteredOn(card -> List.of("OpenText", "Quadient").contains(card.vendor()))
                .hasSize(2)
                .allSatisfy(card -> assertThat(survey(card).value())
                        .as("survey of %s", card.vendor())
                        .isNotNull());
        cards.forEach(card -> {
            BigDecimal expected = expected(card.vendorId(), first);
            if (expected == null) {
                assertThat(survey(card).value()).as(card.vendor()).isNull();
            } else {
                assertThat(survey(card).value()).as(card.vendor()).isCloseTo(expected, within(new BigDecimal("0.05")));
            }
        });
    }

    @Test
    void this_quarters_survey_leaves_out_a_platform_below_the_anonymity_threshold() {
        YearMonth first = firstMonthOf(Quarter.of(LocalDate.now(clock)));

        for (VendorScorecard card : scorecards.quarter(first)) {
            BigDecimal expected = expected(card.vendorId(), first);
            if (expected == null) {
                assertThat(survey(card).value()).as(card.vendor()).isNull();
            } else {
                assertThat(survey(card).value()).as(card.vendor()).isCloseTo(expected, within(new BigDecimal("0.05")));
            }
        }
    }

    private static ScoreMetric survey(VendorScorecard card) {
        return card.metrics().stream()
                .filter(m -> m.key().equals("support.score.survey"))
                .findFirst()
                .orElseThrow();
    }

    /** As the experience scorecard scores the support questions, averaged over the answers of shown platforms. */
    private BigDecimal expected(Long vendorId, YearMonth first) {
        Quarter quarter = Quarter.of(first.atDay(1));
        Catalogue catalogue = catalogues.forPeriod(quarter);
        BigDecimal sum = BigDecimal.ZERO;
        int answers = 0;
        for (PlatformDetails p : platforms.page(PlatformFilter.all(), PageRequest.of(0, 500))) {
            if (p.vendor() == null || !p.vendor().id().equals(vendorId)) {
                continue;
            }
            SurveyResults results = surveys.results(p.id(), quarter);
            if (!results.shown()) {
                continue;
            }
            BigDecimal weighted = BigDecimal.ZERO;
            BigDecimal weights = BigDecimal.ZERO;
            for (SurveyQuestion q : SUPPORT_QUESTIONS) {
                var metric = catalogue.metric(q.metricCode()).orElseThrow();
                weighted = weighted.add(
                        ScoringEngine.metricScore(metric, results.means().get(q))
                                .multiply(metric.weight()));
                weights = weights.add(metric.weight());
            }
            sum = sum.add(
                    weighted.divide(weights, MathContext.DECIMAL64).multiply(BigDecimal.valueOf(results.responses())));
            answers += results.responses();
        }
        return answers == 0 ? null : sum.divide(BigDecimal.valueOf(answers), MathContext.DECIMAL64);
    }

    private static YearMonth firstMonthOf(Quarter quarter) {
        return YearMonth.from(quarter.start());
    }
}

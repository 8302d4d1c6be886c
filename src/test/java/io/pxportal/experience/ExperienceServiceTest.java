package io.pxportal.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.TestLogins;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The experience module on the demo data: versions, anonymity, observations, derived metrics and provenance. */
@PortalIntegrationTest
class ExperienceServiceTest {

    @Autowired
    ScoreService scores;

    @Autowired
    CatalogueService catalogues;

    @Autowired
    ObservationService observations;

    @Autowired
    SurveyService survey;

    @Autowired
    PlatformService platforms;

    private final Quarter now = Quarter.of(LocalDate.now());

    @Test
    void past_quarters_keep_the_catalogue_they_were_scored_with() {
        as(Role.STEERING, () -> {
            assertThat(catalogues.current().number()).isEqualTo(2);
            assertThat(catalogues.forPeriod(now).number()).isEqualTo(2);
            assertThat(catalogues.forPeriod(now.plus(-1)).number()).isEqualTo(1);
            assertThat(catalogues
                            .forPeriod(now.plus(-1))
                            .metric("ex.self-service")
                            .orElseThrow()
                            .weight())
                    .isEqualByComparingTo("30");
            assertThat(scores.scorecard(id("Exstream Statements"), now.plus(-1)).catalogue())
                    .isEqualTo(1);
            assertThatThrownBy(
                            () -> catalogues.publish(CatalogueDraft.from(catalogues.forPeriod(now.plus(-1)), "stale")))
                    .isInstanceOf(ConcurrentEditException.class);
            return null;
        });
    }

    @Test
    void only_admins_and_steering_publish_the_catalogue() {
        assertThatThrownBy(() ->
                        as(Role.FINANCE, () -> catalogues.publish(CatalogueDraft.from(catalogues.current(), "no"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pulse_results_show_only_from_three_answers() {
        as(Role.ADMIN, () -> {
            Long platform = id("Messagepoint Content Hub");
            Quarter old = new Quarter(2020, 1);
            survey.record(platform, old, answers(5, "first"), "anonymity-test-1");
            survey.record(platform, old, answers(3, "second"), "anonymity-test-2");
            SurveyResults two = survey.results(platform, old);
            assertThat(two.shown()).isFalse();
            assertThat(two.means()).isEmpty();
            assertThat(two.comments()).isEmpty();
            assertThat(survey.means(List.of(platform), old).get(platform).means())
                    .isEmpty();

            survey.record(platform, old, answers(4, null), "anonymity-test-3");
            SurveyResults three = survey.results(platform, old);
            assertThat(three.shown()).isTrue();
            assertThat(three.means().get(SurveyQuestion.SUPPORT)).isEqualByComparingTo("4.00");
            assertThat(three.comments()).containsExactly("first", "second");
            assertThatThrownBy(() -> survey.record(platform, old, answers(1, null), "anonymity-test-3"))
                    .isInstanceOf(DomainException.class);
            return null;
        });
    }

    @Test
    void a_pilot_with_two_answers_this_quarter_shows_no_pulse_score() {
        as(Role.STEERING, () -> {
            Long pilot = id("SmartCOMM Onboarding Pilot");
            assertThat(survey.results(pilot, now).responses()).isEqualTo(2);
            Provenance provenance = scores.provenance(pilot, now, "px.survey.support");
            assertThat(provenance.score().hasData()).isFalse();
            assertThat(provenance.basisKey()).isEqualTo("experience.basis.survey-hidden");
            return null;
        });
    }

    @Test
    void only_product_owners_answer_the_pulse() {
        assertThatThrownBy(() -> as(Role.STEERING, () -> {
                    survey.answer(id("Exstream Statements"), answers(3, null));
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void inspire_px_falls_as_support_slips() {
        as(Role.STEERING, () -> {
            List<QuarterScore> trend = scores.trends(List.of(id(ExperienceDemoData.INSPIRE)), now, 8)
                    .get(id(ExperienceDemoData.INSPIRE));
            assertThat(trend).hasSize(8);
            BigDecimal first =
                    trend.getFirst().scorecard().pillar(Pillar.SUPPORT).value();
            BigDecimal last = trend.get(6).scorecard().pillar(Pillar.SUPPORT).value();
            // The pulse's support answers fall steeply; the pillar also weighs support's SLA metrics, derived from
            // the demo tickets, so it falls less.
            assertThat(pulse(trend.getFirst(), "px.survey.support"))
                    .isGreaterThan(pulse(trend.get(6), "px.survey.support").add(BigDecimal.valueOf(20)));
            assertThat(last).isLessThan(first);
            return null;
        });
    }

    private static BigDecimal pulse(QuarterScore quarter, String code) {
        return quarter.scorecard().metrics().stream()
                .filter(m -> m.metric().code().equals(code))
                .map(MetricScore::score)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_derived_metric_names_the_records_it_came_from() {
        as(Role.STEERING, () -> {
            // Support's SLA metrics lead down to the tickets: the drill-down of the quarter and each breached one.
            Provenance sla = scores.provenance(id("Exstream Statements"), now, "px.sla-response");
            assertThat(sla.score().hasData()).isTrue();
            assertThat(sla.basisKey()).isEqualTo("experience.basis.derived");
            assertThat(sla.evidence()).isNotEmpty().allMatch(e -> e.route().equals("support"));

            Provenance readiness = scores.provenance(id("Messagepoint Content Hub"), now, "px.renewal-readiness");
            assertThat(readiness.score().value()).isEqualByComparingTo("0");
            assertThat(readiness.evidence()).extracting(e -> e.label()).anyMatch(l -> l.startsWith("MP-2026-01"));

            Provenance shelfware = scores.provenance(id("Exstream Statements"), now, "px.usage-coverage");
            assertThat(shelfware.score().hasData()).isTrue();
            assertThat(shelfware.evidence())
                    .isNotEmpty()
                    .allMatch(e -> e.route().equals("licences"));
            return null;
        });
    }

    @Test
    void the_top_px_driver_of_messagepoint_leads_to_the_contract_behind_it() {
        as(Role.STEERING, () -> {
            Long messagepoint = id("Messagepoint Content Hub");
            MetricScore top =
                    scores.scorecard(messagepoint, now).drivers(Dimension.PX).getFirst();
            assertThat(top.metric().code()).isEqualTo("px.renewal-readiness");
            // Other tests may add contracts to the shared demo data; the demo's own must be among the records.
            assertThat(scores.provenance(messagepoint, now, top.metric().code()).evidence())
                    .anySatisfy(e -> {
                        assertThat(e.label()).startsWith("MP-2026-01");
                        assertThat(e.route()).isEqualTo("contracts");
                        assertThat(e.query()).containsEntry("contract", String.valueOf(e.id()));
                    });
            return null;
        });
    }

    @Test
    void owners_enter_observations_for_their_platforms_only() {
        Long exstream = id("Exstream Statements"); // owned by olena
        Quarter old = new Quarter(2021, 2);
        ObservationDraft draft =
                new ObservationDraft(exstream, "cx.complaints", old, new BigDecimal("4.5"), "test", null);
        int saved =
                TestLogins.as("olena", () -> observations.saveAll(exstream, old, List.of(draft)), Role.PRODUCT_OWNER);
        assertThat(saved).isEqualTo(1);
        assertThatThrownBy(() -> TestLogins.as(
                        "marc", () -> observations.saveAll(exstream, old, List.of(draft)), Role.PRODUCT_OWNER))
                .isInstanceOf(AccessDeniedException.class);
        // A second save from the same starting point (no version) is a concurrent edit, not an overwrite.
        assertThatThrownBy(() -> TestLogins.as(
                        "olena", () -> observations.saveAll(exstream, old, List.of(draft)), Role.PRODUCT_OWNER))
                .isInstanceOf(ConcurrentEditException.class);
        ObservationDraft derived = new ObservationDraft(exstream, "px.shelfware", old, BigDecimal.ONE, null, null);
        assertThatThrownBy(() -> TestLogins.as(
                        "olena", () -> observations.saveAll(exstream, old, List.of(derived)), Role.PRODUCT_OWNER))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("experience.observation.not-entered");
        Scorecard card = TestLogins.as("olena", () -> scores.scorecard(exstream, old), Role.PRODUCT_OWNER);
        assertThat(card.metrics().stream()
                        .filter(m -> m.metric().code().equals("cx.complaints"))
                        .findFirst()
                        .orElseThrow()
                        .score())
                .isEqualByComparingTo("61.1"); // (4.5 − 10) / (1 − 10) = 0.6111
    }

    private static SurveyAnswers answers(int rating, String comment) {
        Map<SurveyQuestion, Integer> ratings = new EnumMap<>(SurveyQuestion.class);
        for (SurveyQuestion q : SurveyQuestion.values()) {
            ratings.put(q, rating);
        }
        return new SurveyAnswers(ratings, comment);
    }

    private Long id(String name) {
        return as(
                Role.ADMIN,
                () -> platforms.refs(name, PageRequest.of(0, 5)).stream()
                        .filter(p -> p.name().equals(name))
                        .map(PlatformRef::id)
                        .findFirst()
                        .orElseThrow());
    }

    private static <T> T as(Role role, java.util.function.Supplier<T> work) {
        return TestLogins.as("experience-test-" + role.name().toLowerCase(), work, role);
    }
}

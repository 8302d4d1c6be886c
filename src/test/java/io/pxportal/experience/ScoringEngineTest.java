package io.pxportal.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.shared.domain.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The formulas of docs/scoring.md, with its worked example. */
class ScoringEngineTest {

    @ParameterizedTest(name = "{0}: floor {1}, target {2}, value {3} → {4}")
    @CsvSource({
        // direction,       floor, target, value, score
        "HIGHER_IS_BETTER,  90,    100,    98,    80.0",
        "HIGHER_IS_BETTER,  90,    100,    85,    0.0", // below the floor: 0
        "HIGHER_IS_BETTER,  20,    90,     104,   100.0", // beyond the target: 100
        "HIGHER_IS_BETTER,  1,     5,      3.4,   60.0", // a Likert mean
        "HIGHER_IS_BETTER,  90,    99.5,   98.6,  90.5", // 8.6 / 9.5 = 0.90526…
        "LOWER_IS_BETTER,   10,    2,      4,     75.0",
        "LOWER_IS_BETTER,   40,    5,      12,    80.0",
        "LOWER_IS_BETTER,   30,    5,      40,    0.0", // worse than the floor: 0
        "LOWER_IS_BETTER,   15,    0,      0,     100.0",
    })
    void metric_score_is_linear_between_floor_and_target(
            Direction direction, BigDecimal floor, BigDecimal target, BigDecimal value, BigDecimal expected) {
        MetricDefinition metric = new MetricDefinition(
                "m", "M", Dimension.CX, null, "%", direction, floor, target, BigDecimal.ONE, MetricSource.MANUAL);
        assertThat(ScoringEngine.round(ScoringEngine.metricScore(metric, value)))
                .isEqualByComparingTo(expected);
    }

    @Test
    void a_target_on_the_wrong_side_of_the_floor_is_refused() {
        assertThatThrownBy(() -> new MetricDefinition(
                        "m",
                        "M",
                        Dimension.CX,
                        null,
                        "%",
                        Direction.LOWER_IS_BETTER,
                        BigDecimal.ONE,
                        BigDecimal.TEN,
                        BigDecimal.ONE,
                        MetricSource.MANUAL))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("experience.metric.floor-target");
    }

    @Test
    void a_px_metric_needs_a_pillar_and_others_none() {
        assertThatThrownBy(() -> new MetricDefinition(
                        "m",
                        "M",
                        Dimension.PX,
                        null,
                        "%",
                        Direction.HIGHER_IS_BETTER,
                        BigDecimal.ZERO,
                        BigDecimal.TEN,
                        BigDecimal.ONE,
                        MetricSource.MANUAL))
                .isInstanceOf(DomainException.class);
    }

    /** docs/scoring.md, "Worked example". */
    static Catalogue workedExample() {
        return new Catalogue(
                1,
                Instant.EPOCH,
                "test",
                null,
                Map.of(
                        Dimension.CX,
                        d("30"),
                        Dimension.EX,
                        d("25"),
                        Dimension.PX,
                        d("25"),
                        Dimension.UX,
                        d("10"),
                        Dimension.MX,
                        d("10")),
                Map.of(
                        Pillar.COST,
                        d("25"),
                        Pillar.SUPPORT,
                        d("25"),
                        Pillar.ROADMAP,
                        d("25"),
                        Pillar.GOVERNANCE,
                        d("25")),
                List.of(
                        metric("cx.on-time", Dimension.CX, null, "90", "100", "30"),
                        metric("cx.complaints", Dimension.CX, null, "10", "2", "20"),
                        metric("cx.csat", Dimension.CX, null, "60", "90", "50"),
                        metric("ex.self-service", Dimension.EX, null, "10", "70", "60"),
                        metric("ex.lead-time", Dimension.EX, null, "30", "5", "40"),
                        metric("ux.accessibility", Dimension.UX, null, "50", "100", "100"),
                        metric("mx.channels", Dimension.MX, null, "20", "90", "100"),
                        metric("px.usage-coverage", Dimension.PX, Pillar.COST, "50", "100", "50"),
                        metric("px.shelfware", Dimension.PX, Pillar.COST, "40", "5", "50"),
                        metric("px.sla-response", Dimension.PX, Pillar.SUPPORT, "70", "98", "60"),
                        metric("px.survey.support", Dimension.PX, Pillar.SUPPORT, "1", "5", "40"),
                        metric("px.roadmap-fit", Dimension.PX, Pillar.ROADMAP, "30", "85", "100"),
                        metric("px.renewal-readiness", Dimension.PX, Pillar.GOVERNANCE, "0", "100", "100")));
    }

    static Map<String, BigDecimal> workedExampleValues() {
        return Map.of(
                "cx.on-time",
                d("98"),
                "cx.complaints",
                d("4"),
                "ex.self-service",
                d("40"),
                "ex.lead-time",
                d("40"),
                "mx.channels",
                d("104"),
                "px.usage-coverage",
                d("80"),
                "px.shelfware",
                d("12"),
                "px.survey.support",
                d("3.4"),
                "px.renewal-readiness",
                d("50"));
    }

    @ParameterizedTest(name = "{0}: score {1}, coverage {2}")
    @CsvSource(
            nullValues = "none",
            value = {
                "CX, 78.0,  50.0",
                "EX, 30.0,  100.0",
                "UX, none,  0.0", // no data at all: no score, coverage 0
                "MX, 100.0, 100.0",
                "PX, 60.0,  60.0",
            })
    void worked_example_dimensions(Dimension dimension, BigDecimal score, BigDecimal coverage) {
        Score actual =
                ScoringEngine.score(workedExample(), workedExampleValues()).dimension(dimension);
        assertThat(actual.value()).isEqualTo(score == null ? null : score.setScale(1));
        assertThat(actual.coverage()).isEqualByComparingTo(coverage);
    }

    @ParameterizedTest(name = "{0}: score {1}, coverage {2}")
    @CsvSource(
            nullValues = "none",
            value = {
                "COST,       70.0, 100.0",
                "SUPPORT,    60.0, 40.0",
                "ROADMAP,    none, 0.0",
                "GOVERNANCE, 50.0, 100.0",
            })
    void worked_example_pillars(Pillar pillar, BigDecimal score, BigDecimal coverage) {
        Score actual =
                ScoringEngine.score(workedExample(), workedExampleValues()).pillar(pillar);
        assertThat(actual.value()).isEqualTo(score == null ? null : score.setScale(1));
        assertThat(actual.coverage()).isEqualByComparingTo(coverage);
    }

    @Test
    void worked_example_total_experience() {
        Scorecard card = ScoringEngine.score(workedExample(), workedExampleValues());
        assertThat(card.total().value()).isEqualByComparingTo("62.1"); // 5590 / 90
        assertThat(card.total().coverage()).isEqualByComparingTo("65.0");
    }

    @ParameterizedTest(name = "{0}: lost {1} in its pillar, {2} in its dimension, {3} in TX")
    @CsvSource(
            nullValues = "none",
            value = {
                "cx.on-time,           none, 12.0, 4.0",
                "cx.complaints,        none, 10.0, 3.3",
                "ex.self-service,      none, 30.0, 8.3",
                "ex.lead-time,         none, 40.0, 11.1",
                "mx.channels,          none, 0.0,  0.0",
                "px.usage-coverage,    20.0, 6.7,  1.9",
                "px.shelfware,         10.0, 3.3,  0.9",
                "px.survey.support,    40.0, 13.3, 3.7",
                "px.renewal-readiness, 50.0, 16.7, 4.6",
            })
    void worked_example_points_lost(String code, BigDecimal pillar, BigDecimal dimension, BigDecimal total) {
        MetricScore metric = ScoringEngine.score(workedExample(), workedExampleValues()).metrics().stream()
                .filter(m -> m.metric().code().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(metric.lostInPillar()).isEqualTo(pillar == null ? null : pillar.setScale(1));
        assertThat(metric.lostInDimension()).isEqualByComparingTo(dimension);
        assertThat(metric.lostInTotal()).isEqualByComparingTo(total);
    }

    @Test
    void worked_example_top_drivers() {
        Scorecard card = ScoringEngine.score(workedExample(), workedExampleValues());
        assertThat(card.drivers().stream().limit(3).map(m -> m.metric().code()))
                .containsExactly("ex.lead-time", "ex.self-service", "px.renewal-readiness");
        assertThat(card.drivers(Dimension.PX).stream()
                        .limit(3)
                        .map(m -> m.metric().code()))
                .containsExactly("px.renewal-readiness", "px.survey.support", "px.usage-coverage");
    }

    @Test
    void a_metric_without_data_costs_no_points_but_coverage() {
        MetricScore csat = ScoringEngine.score(workedExample(), workedExampleValues()).metrics().stream()
                .filter(m -> m.metric().code().equals("cx.csat"))
                .findFirst()
                .orElseThrow();
        assertThat(csat.hasData()).isFalse();
        assertThat(csat.lostInTotal()).isNull();
    }

    @Test
    void no_data_at_all_gives_no_scores() {
        Scorecard card = ScoringEngine.score(workedExample(), Map.of());
        assertThat(card.total().value()).isNull();
        assertThat(card.total().coverage()).isEqualByComparingTo("0");
        assertThat(card.drivers()).isEmpty();
    }

    private static MetricDefinition metric(
            String code, Dimension dimension, Pillar pillar, String floor, String target, String weight) {
        Direction direction =
                d(target).compareTo(d(floor)) > 0 ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
        return new MetricDefinition(
                code, code, dimension, pillar, "", direction, d(floor), d(target), d(weight), MetricSource.MANUAL);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}

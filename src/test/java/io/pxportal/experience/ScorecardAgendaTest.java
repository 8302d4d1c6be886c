package io.pxportal.experience;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scorecard agenda section's rules (docs/scoring.md, "The scorecard on a steering review's agenda"). */
class ScorecardAgendaTest {

    @ParameterizedTest(name = "a review on {0} looks at {1}")
    @CsvSource({
        "2026-12-27, 2026-Q3",
        "2027-01-01, 2026-Q4", // the first day of a quarter: the one that ended the day before
        "2026-09-30, 2026-Q2", // the last day of a quarter: that quarter is still running
        "2026-02-15, 2025-Q4",
    })
    void a_review_looks_at_the_last_quarter_that_ended_before_it(LocalDate reviewDate, String quarter) {
        assertThat(ScorecardAgenda.quarterFor(reviewDate)).isEqualTo(Quarter.parse(quarter));
    }

    @ParameterizedTest(name = "now {0}, before {1}: decision {2}")
    @CsvSource({
        // now,  before, decision
        "62.1,  64.9,   false", // fell 2.8
        "60.0,  70.0,   true", // fell 10
        "60.0,  65.0,   false", // fell exactly 5: not more than 5
        "59.9,  65.0,   true", // fell 5.1
        "80.0,  40.0,   false", // rose
        "49.9,  ,       true", // below the floor, nothing to compare with
        "50.0,  ,       false", // on the floor
        "49.9,  45.0,   true", // below the floor even though it rose
        ",      80.0,   false", // no data now: nothing to decide on the score (coverage shows it)
    })
    void a_decision_is_called_for_below_fifty_or_after_a_fall_of_more_than_five_points(
            BigDecimal now, BigDecimal before, boolean decide) {
        assertThat(ScorecardAgenda.needsDecision(new Score(now, BigDecimal.ZERO), new Score(before, BigDecimal.ZERO)))
                .isEqualTo(decide);
    }

    /** docs/scoring.md: the worked example's scorecard, after a quarter in which renewal readiness was 80. */
    @Test
    void the_worked_example_puts_every_number_the_committee_and_the_radar_need_into_the_figures() {
        Catalogue catalogue = ScoringEngineTest.workedExample();
        Scorecard now = ScoringEngine.score(catalogue, ScoringEngineTest.workedExampleValues());
        Map<String, BigDecimal> earlier = new HashMap<>(ScoringEngineTest.workedExampleValues());
        earlier.put("px.renewal-readiness", new BigDecimal("80"));
        Scorecard before = ScoringEngine.score(catalogue, earlier);

        AgendaItem item = ScorecardAgenda.item(
                new PlatformRef(7L, "Inspire Correspondence"), Quarter.parse("2026-Q3"), now, before);

        assertThat(item.title()).isEqualTo("Inspire Correspondence · 2026-Q3");
        assertThat(item.subjectType()).isEqualTo("scorecard");
        assertThat(item.platformId()).isEqualTo(7L);
        Map<String, String> figures =
                item.figures().stream().collect(Collectors.toMap(AgendaFigure::labelKey, AgendaFigure::value));
        assertThat(figures)
                .containsEntry("agenda.scorecard.tx", "62.1")
                .containsEntry("agenda.scorecard.tx-coverage", "65.0")
                .containsEntry("agenda.scorecard.tx-change", "-2.8")
                .containsEntry("agenda.scorecard.px", "60.0")
                .containsEntry("agenda.scorecard.px-coverage", "60.0")
                .containsEntry("agenda.scorecard.px-change", "-10.0")
                .containsEntry("agenda.scorecard.cx", "78.0")
                .containsEntry("agenda.scorecard.cx-coverage", "50.0")
                .containsEntry("agenda.scorecard.ex", "30.0")
                .containsEntry("agenda.scorecard.ux", "")
                .containsEntry("agenda.scorecard.ux-coverage", "0.0")
                .containsEntry("agenda.scorecard.mx", "100.0")
                .containsEntry("agenda.scorecard.pillar.cost", "70.0")
                .containsEntry("agenda.scorecard.pillar.support", "60.0")
                .containsEntry("agenda.scorecard.pillar.roadmap", "")
                .containsEntry("agenda.scorecard.pillar.governance", "50.0")
                .containsEntry("agenda.scorecard.driver-1", "ex.lead-time")
                .containsEntry("agenda.scorecard.driver-1-lost", "11.1")
                .containsEntry("agenda.scorecard.driver-2", "ex.self-service")
                .containsEntry("agenda.scorecard.driver-2-lost", "8.3")
                .containsEntry("agenda.scorecard.driver-3", "px.renewal-readiness")
                .containsEntry("agenda.scorecard.driver-3-lost", "4.6");
        assertThat(item.figures()).hasSize(24);
        assertThat(item.needsDecision()).as("PX fell by 10 points").isTrue();
    }

    @Test
    void figures_are_neutral_text_that_any_language_formats() {
        Catalogue catalogue = ScoringEngineTest.workedExample();
        Scorecard now = ScoringEngine.score(catalogue, ScoringEngineTest.workedExampleValues());
        AgendaItem item = ScorecardAgenda.item(
                new PlatformRef(7L, "X"), Quarter.parse("2026-Q3"), now, ScoringEngine.score(catalogue, Map.of()));
        AgendaFigure change = item.figures().stream()
                .filter(f -> f.labelKey().equals("agenda.scorecard.tx-change"))
                .findFirst()
                .orElseThrow();
        AgendaFigure coverage = item.figures().stream()
                .filter(f -> f.labelKey().equals("agenda.scorecard.tx-coverage"))
                .findFirst()
                .orElseThrow();
        assertThat(change.display(java.util.Locale.ENGLISH, k -> k))
                .as("no quarter before to compare with")
                .isEqualTo("—");
        assertThat(coverage.display(java.util.Locale.GERMAN, k -> k)).isEqualTo("65 %");
        assertThat(item.needsDecision()).isFalse();
    }
}

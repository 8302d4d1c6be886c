package io.pxportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The vendor scorecard's rules of docs/scoring.md: each metric scored between its floor and target by the shared
 * formula, and the card's score the weighted mean of the unrounded scores with data, rounded once.
 */
class VendorScorecardTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        // metric,  value,  score
        "RESPONSE,   83.3,  18.3", // 3.3 / 18
        "RESPONSE,   100.0, 100.0", // beyond the target of 98: 100
        "RESPONSE,   75.0,  0.0", // below the floor of 80: 0
        "RESOLUTION, 90.0,  66.7", // 10 / 15
        "UPTIME,     99.7,  50.0", // 0.2 / 0.4
        "UPTIME,     99.505, 1.3", // 0.005 / 0.4 = 1.25 exactly, half up (binary doubles made it 1.2)
        "UPTIME,     99.839, 84.8", // 0.339 / 0.4 = 84.75 exactly (doubles: 84.7)
        "CREDITS,    2.50,  75.0", // lower is better: (2.5 − 10) / (0 − 10)
        "CREDITS,    12.00, 0.0",
        "BACKLOG,    2,     80.0",
        "BACKLOG,    0,     100.0",
        "SURVEY,     64.8,  64.8", // already a score
    })
    void each_metric_scores_between_its_floor_and_target(ScorecardMetric metric, BigDecimal value, BigDecimal score) {
        ScoreMetric line = metric.measured(value);

        assertThat(line.score()).isEqualByComparingTo(score);
        assertThat(line.weight()).isEqualTo(metric.weight);
    }

    @Test
    void the_weights_are_25_25_20_10_10_10_and_add_up_to_100() {
        assertThat(Stream.of(ScorecardMetric.values()).mapToInt(m -> m.weight)).containsExactly(25, 25, 20, 10, 10, 10);
    }

    @Test
    void the_score_is_the_weighted_mean_of_every_metric_with_data() {
        VendorScorecard card = card("83.3", "90.0", "99.7", "2.50", "2", "64.8");

        // (25 × 18.33… + 25 × 66.66… + 20 × 50 + 10 × 75 + 10 × 80 + 10 × 64.8) / 100 = 53.23
        assertThat(card.score()).isEqualByComparingTo("53.2");
        assertThat(card.coverage()).isEqualByComparingTo("100");
    }

    @Test
    void a_metric_without_data_counts_in_neither_score_nor_coverage() {
        VendorScorecard card = card("83.3", "90.0", "99.7", "2.50", "2", null);

        // (458.33… + 1,666.66… + 1,000 + 750 + 800) / 90 = 51.94…
        assertThat(card.score()).isEqualByComparingTo("51.9");
        assertThat(card.coverage()).isEqualByComparingTo("90");
    }

    @Test
    void the_mean_is_taken_of_the_unrounded_scores_and_rounded_once() {
        VendorScorecard card = card("80.0", "90.0", null, null, null, null);

        // (0 + 66.66…) / 2 = 33.33…; the rounded scores (0 + 66.7) / 2 = 33.35 would read 33.4
        assertThat(card.score()).isEqualByComparingTo("33.3");
        assertThat(card.coverage()).isEqualByComparingTo("50");
    }

    @Test
    void a_card_without_any_data_has_no_score() {
        VendorScorecard card = card(null, null, null, null, null, null);

        assertThat(card.score()).isNull();
        assertThat(card.coverage()).isEqualByComparingTo("0");
    }

    private static VendorScorecard card(String... values) {
        ScorecardMetric[] metrics = ScorecardMetric.values();
        List<ScoreMetric> lines = Stream.iterate(0, i -> i + 1)
                .limit(metrics.length)
                .map(i -> metrics[i].measured(values[i] == null ? null : new BigDecimal(values[i])))
                .toList();
        return new VendorScorecard(1L, "Vendor", "2026-Q3", lines);
    }
}

package io.pxportal.roadmap;

import static io.pxportal.roadmap.ItemStatus.ANNOUNCED;
import static io.pxportal.roadmap.ItemStatus.BETA;
import static io.pxportal.roadmap.ItemStatus.COMMITTED;
import static io.pxportal.roadmap.ItemStatus.DELAYED;
import static io.pxportal.roadmap.ItemStatus.DROPPED;
import static io.pxportal.roadmap.ItemStatus.GA;
import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.roadmap.RoadmapScoring.Rated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The roadmap rules on the worked examples of docs/scoring.md (same items, same figures). */
class RoadmapScoringTest {

    // Objectives of the worked example and their weights (sum 100).
    static final long CLOUD = 1;
    static final long OMNI = 2;
    static final long A11Y = 3;
    static final long SELF = 4;
    static final long COST = 5;

    static Map<Long, Integer> weights() {
        Map<Long, Integer> weights = new LinkedHashMap<>();
        weights.put(CLOUD, 30);
        weights.put(OMNI, 25);
        weights.put(A11Y, 20);
        weights.put(SELF, 15);
        weights.put(COST, 10);
        return weights;
    }

    /** The worked example's ratings: item, objective, rating, status as it stands on the scoring day. */
    static List<Rated> workedExample() {
        return List.of(
                new Rated(1L, CLOUD, 2, COMMITTED), // cloud-native containers
                new Rated(2L, A11Y, 2, GA), // PDF/UA-1 output
                new Rated(3L, OMNI, 1, ANNOUNCED), // WhatsApp channel
                new Rated(6L, OMNI, 2, DELAYED), // SMS notifications
                new Rated(4L, SELF, -1, COMMITTED), // web designer deprecated
                new Rated(8L, SELF, 1, BETA), // template self-service portal
                new Rated(5L, SELF, 2, DROPPED)); // business-user web authoring
    }

    @ParameterizedTest(name = "rating {0} × {1} → {2}")
    @CsvSource({
        "2, GA, 1",
        "2, BETA, 0.8",
        "2, COMMITTED, 0.6",
        "2, ANNOUNCED, 0.4",
        "2, DELAYED, 0.3",
        "2, DROPPED, 0",
        "1, GA, 0.5",
        "1, COMMITTED, 0.3",
        "1, DELAYED, 0.15",
        "0, GA, 0",
        "-1, GA, 0"
    })
    void coverage_of_one_item_is_rating_times_confidence_over_two(int rating, ItemStatus status, String expected) {
        assertThat(RoadmapScoring.coverage(List.of(new Rated(1L, CLOUD, rating, status))))
                .isEqualByComparingTo(expected);
    }

    static Stream<Arguments> coverageCases() {
        return Stream.of(
                Arguments.of(
                        "best item counts, not the sum",
                        List.of(new Rated(3L, OMNI, 1, ANNOUNCED), new Rated(6L, OMNI, 2, DELAYED)),
                        "0.3"),
                Arguments.of(
                        "a live conflict takes 0.5 off",
                        List.of(new Rated(1L, CLOUD, 2, GA), new Rated(9L, CLOUD, -1, ANNOUNCED)),
                        "0.5"),
                Arguments.of(
                        "never below 0",
                        List.of(
                                new Rated(4L, SELF, -1, COMMITTED),
                                new Rated(8L, SELF, 1, BETA),
                                new Rated(5L, SELF, 2, DROPPED)),
                        "0"),
                Arguments.of(
                        "a dropped conflict does not count",
                        List.of(new Rated(1L, CLOUD, 2, GA), new Rated(9L, CLOUD, -1, DROPPED)),
                        "1"),
                Arguments.of("no item: 0", List.of(), "0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("coverageCases")
    void coverage_rules(String rule, List<Rated> rated, String expected) {
        assertThat(RoadmapScoring.coverage(rated)).isEqualByComparingTo(expected);
    }

    @Test
    void worked_example_fit_is_45_5() {
        Fit fit = RoadmapScoring.fit(weights(), workedExample());

        assertThat(fit.score()).isEqualByComparingTo("45.5");
        assertThat(fit.objectives())
                .extracting(ObjectiveFit::coverage)
                .map(BigDecimal::toPlainString)
                .containsExactly("0.6", "0.3", "1", "0", "0");
    }

    @Test
    void worked_example_gaps_are_the_objectives_no_live_item_supports() {
        Fit fit = RoadmapScoring.fit(weights(), workedExample());

        // SELF is covered 0 because of the conflict, but a live item supports it: not a gap. COST has no item.
        assertThat(fit.objectives())
                .filteredOn(ObjectiveFit::gap)
                .extracting(ObjectiveFit::objectiveId)
                .containsExactly(COST);
    }

    @Test
    void dropping_an_item_lowers_the_fit() {
        List<Rated> before = Stream.concat(
                        workedExample().stream().filter(r -> r.itemId() != 1L),
                        Stream.of(new Rated(1L, CLOUD, 2, COMMITTED)))
                .toList();
        List<Rated> after = Stream.concat(
                        workedExample().stream().filter(r -> r.itemId() != 1L),
                        Stream.of(new Rated(1L, CLOUD, 2, DROPPED)))
                .toList();

        assertThat(RoadmapScoring.fit(weights(), before).score()).isEqualByComparingTo("45.5");
        assertThat(RoadmapScoring.fit(weights(), after).score()).isEqualByComparingTo("27.5");
    }

    @Test
    void other_weights_give_another_fit_from_the_same_ratings() {
        Map<Long, Integer> costFirst = weights();
        costFirst.put(COST, 40); // the weight set in force from a later quarter

        assertThat(RoadmapScoring.fit(costFirst, workedExample()).score()).isEqualByComparingTo("35.0");
        assertThat(RoadmapScoring.fit(weights(), workedExample()).score())
                .as("the earlier set is unchanged")
                .isEqualByComparingTo("45.5");
    }

    @Test
    void no_weight_no_fit() {
        assertThat(RoadmapScoring.fit(Map.of(), workedExample()).score()).isNull();
    }

    // --- requirements ------------------------------------------------------------------------------------------

    static Stream<Arguments> requirementCases() {
        Map<Long, StatusStep> states = Map.of(
                2L, new StatusStep(GA, Quarter.parse("2025-Q2"), LocalDate.of(2025, 6, 20)),
                3L, new StatusStep(ANNOUNCED, Quarter.parse("2027-Q1"), LocalDate.of(2025, 9, 1)),
                6L, new StatusStep(DELAYED, Quarter.parse("2026-Q3"), LocalDate.of(2026, 3, 2)),
                1L, new StatusStep(COMMITTED, Quarter.parse("2026-Q3"), LocalDate.of(2025, 5, 1)));
        return Stream.of(
                Arguments.of("accessible PDF statements, by 2025-Q2: GA item", "2025-Q2", Set.of(A11Y), states, true),
                Arguments.of(
                        "messaging notifications, by 2026-Q2: items come later",
                        "2026-Q2",
                        Set.of(OMNI),
                        states,
                        false),
                Arguments.of(
                        "messaging notifications, by 2026-Q4: the delayed SMS item still makes it",
                        "2026-Q4",
                        Set.of(OMNI),
                        states,
                        true),
                Arguments.of("cost: no item supports it", "2027-Q4", Set.of(COST), states, false),
                Arguments.of("no objective linked: nothing can cover it", "2027-Q4", Set.of(), states, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requirementCases")
    void requirement_is_covered_by_a_live_supporting_item_committed_by_its_quarter(
            String rule, String neededBy, Set<Long> objectives, Map<Long, StatusStep> states, boolean covered) {
        assertThat(RoadmapScoring.requirementCovered(Quarter.parse(neededBy), objectives, workedExample(), states))
                .isEqualTo(covered);
    }

    // --- reliability and slips ---------------------------------------------------------------------------------

    static final List<StatusStep> A =
            List.of(step(COMMITTED, "2025-Q3", "2025-03-01"), step(GA, "2025-Q3", "2025-09-15"));
    static final List<StatusStep> B = List.of(
            step(COMMITTED, "2025-Q4", "2025-05-01"),
            step(DELAYED, "2026-Q1", "2025-11-20"),
            step(GA, "2026-Q1", "2026-02-10"));
    static final List<StatusStep> C = List.of(
            step(ANNOUNCED, null, "2025-01-10"),
            step(COMMITTED, "2026-Q1", "2025-06-01"),
            step(DROPPED, "2026-Q1", "2026-01-15"));
    static final List<StatusStep> D = List.of(step(COMMITTED, "2026-Q2", "2026-01-05"));
    static final List<StatusStep> E = List.of(step(ANNOUNCED, "2026-Q4", "2026-02-01"));

    @ParameterizedTest(name = "on {0}: {1} of {2} on time")
    @CsvSource({
        "2026-04-10, 1, 3, 33.3", // the worked example
        "2025-10-01, 1, 1, 100.0", // only A was due
        "2026-01-05, 1, 2, 50.0", // B's first quarter (2025-Q4) has ended without GA
        "2025-03-01, 0, 0,"
    }) // nothing due yet: no score
    void reliability_is_the_share_of_due_items_delivered_in_their_first_committed_quarter(
            LocalDate on, int onTime, int due, BigDecimal score) {
        Reliability reliability = RoadmapScoring.reliability(List.of(A, B, C, D, E), on);

        assertThat(reliability.onTime()).isEqualTo(onTime);
        assertThat(reliability.due()).isEqualTo(due);
        if (score == null) {
            assertThat(reliability.score()).isNull();
        } else {
            assertThat(reliability.score()).isEqualByComparingTo(score);
        }
    }

    @Test
    void slips_since_the_last_review_are_delays_drops_and_later_quarters() {
        LocalDate review = LocalDate.of(2025, 10, 1);
        LocalDate today = LocalDate.of(2026, 4, 10);

        assertThat(RoadmapScoring.slips(B, review, today))
                .containsExactly(new Slip(
                        COMMITTED,
                        Quarter.parse("2025-Q4"),
                        DELAYED,
                        Quarter.parse("2026-Q1"),
                        LocalDate.of(2025, 11, 20)));
        assertThat(RoadmapScoring.slips(C, review, today))
                .extracting(Slip::toStatus)
                .containsExactly(DROPPED);
        assertThat(RoadmapScoring.slips(A, review, today)).isEmpty();
        assertThat(RoadmapScoring.slips(B, LocalDate.of(2025, 12, 1), today))
                .as("before the review")
                .isEmpty();
    }

    @Test
    void state_on_a_day_is_the_last_step_on_or_before_it() {
        assertThat(RoadmapScoring.stateOn(B, LocalDate.of(2025, 12, 31)).status())
                .isEqualTo(DELAYED);
        assertThat(RoadmapScoring.stateOn(B, LocalDate.of(2026, 2, 10)).status())
                .isEqualTo(GA);
        assertThat(RoadmapScoring.stateOn(B, LocalDate.of(2025, 4, 30)))
                .as("not yet announced")
                .isNull();
    }

    @ParameterizedTest(name = "{0} quarter {1} in the horizon of 2026-Q2: {2}")
    @CsvSource({
        "COMMITTED, 2026-Q2, true",
        "COMMITTED, 2028-Q1, true",
        "COMMITTED, 2028-Q2, false",
        "GA, 2024-Q1, true",
        "ANNOUNCED, , true"
    })
    void horizon_is_eight_quarters(ItemStatus status, String quarter, boolean inside) {
        assertThat(RoadmapScoring.inHorizon(
                        new StatusStep(status, Quarter.parse(quarter), LocalDate.of(2026, 4, 1)),
                        Quarter.parse("2026-Q2")))
                .isEqualTo(inside);
    }

    // --- end of support ----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} on a platform running {1}: {2}")
    @CsvSource({
        "16.x, 16.6, true",
        "16.6, 16.6, true",
        "16, 16.6, true",
        "16.6, 16.60, false",
        "15.x, 16.6, false",
        ", 16.6, true",
        "16.x, , false"
    })
    void end_of_support_hits_the_versions_it_names(String affected, String running, boolean hit) {
        assertThat(RoadmapScoring.versionAffected(affected, running)).isEqualTo(hit);
    }

    @ParameterizedTest(name = "support ends {0}, today {1}: {2}")
    @CsvSource({
        "2027-03-31, 2026-04-10, WITHIN_12_MONTHS",
        "2027-03-31, 2025-11-22, WITHIN_24_MONTHS",
        "2027-03-31, 2025-03-30, LATER",
        "2027-03-31, 2027-04-01, ENDED",
        "2027-03-31, 2026-03-31, WITHIN_12_MONTHS"
    })
    void end_of_support_risk_by_months_left(LocalDate ends, LocalDate today, SupportRisk risk) {
        assertThat(RoadmapScoring.supportRisk(ends, today)).isEqualTo(risk);
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({"2026-Q3, 1, 2026-Q4", "2026-Q4, 1, 2027-Q1", "2026-Q1, -1, 2025-Q4", "2026-Q2, 8, 2028-Q2"})
    void quarters_count_across_years(String quarter, int plus, String expected) {
        assertThat(Quarter.parse(quarter).plus(plus)).isEqualTo(Quarter.parse(expected));
    }

    private static StatusStep step(ItemStatus status, String quarter, String on) {
        return new StatusStep(status, Quarter.parse(quarter), LocalDate.parse(on));
    }
}

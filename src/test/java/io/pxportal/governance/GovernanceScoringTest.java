package io.pxportal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.governance.GovernanceScoring.Act;
import io.pxportal.governance.GovernanceScoring.Decided;
import io.pxportal.governance.GovernanceScoring.LeadTime;
import io.pxportal.governance.GovernanceScoring.Listing;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The governance pillar's rules on the worked examples of docs/scoring.md. */
class GovernanceScoringTest {

    private static final LocalDate R1 = LocalDate.of(2026, 1, 15);
    private static final LocalDate R2 = LocalDate.of(2026, 4, 14);

    private static Listing listed(String type, long id, boolean needsDecision, LocalDate heldOn, Long platform) {
        return new Listing(
                type,
                id,
                needsDecision,
                heldOn,
                heldOn.equals(R1) ? 1L : 2L,
                platform == null ? Set.of(1L, 2L) : Set.of(platform));
    }

    private static Decided decided(long id, LocalDate on, String type, Long subject) {
        return new Decided(
                id,
                on.isBefore(R2) ? 1L : 2L,
                "D" + id,
                on,
                subject == null ? List.of() : List.of(new DecisionLink(type, subject, type + " " + subject)));
    }

    /** The worked example: two reviews of platforms 1 and 2, five decisions. */
    static final List<Listing> LISTINGS = List.of(
            listed("contract", 7, true, R1, 1L),
            listed("roadmap-item", 3, true, R1, null),
            listed("contract", 7, true, R2, 1L),
            listed("entitlement", 9, true, R2, 2L),
            listed("contract", 8, true, R2, 1L));

    static final List<Decided> DECISIONS = List.of(
            decided(1, R1, "roadmap-item", 3L),
            decided(2, R2, "contract", 7L),
            decided(3, LocalDate.of(2026, 4, 20), "entitlement", 9L),
            decided(4, LocalDate.of(2026, 5, 2), "contract", 8L),
            decided(5, R2, null, null));

    @Test
    void lead_time_runs_from_the_first_review_that_put_the_matter_for_a_decision_to_the_decision() {
        List<LeadTime> times = GovernanceScoring.leadTimes(LISTINGS, DECISIONS);

        assertThat(times)
                .extracting(t -> t.decision().id(), LeadTime::days)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(1L, 0L), org.assertj.core.groups.Tuple.tuple(2L, 89L),
                        org.assertj.core.groups.Tuple.tuple(3L, 6L), org.assertj.core.groups.Tuple.tuple(4L, 18L));
        assertThat(times)
                .filteredOn(t -> t.decision().id() == 1L)
                .singleElement()
                .satisfies(t -> assertThat(t.raised().platformIds())
                        .as("no platform: the review's")
                        .containsExactlyInAnyOrder(1L, 2L));
        // 2026-Q2, platform 1: contracts 7 (89) and 8 (18); platform 2: entitlement 9 (6).
        assertThat(GovernanceScoring.median(List.of(89L, 18L))).isEqualByComparingTo("53.5");
        assertThat(GovernanceScoring.median(List.of(6L))).isEqualByComparingTo("6.0");
    }

    @Test
    void a_listing_without_a_call_for_a_decision_stops_the_clock_and_a_decision_restarts_it() {
        LocalDate r3 = LocalDate.of(2026, 7, 14);
        List<Listing> listings = List.of(
                listed("roadmap-fit", 5, true, R1, 1L),
                new Listing("roadmap-fit", 5L, false, R2, 2L, Set.of(1L)),
                new Listing("roadmap-fit", 5L, true, r3, 3L, Set.of(1L)));
        List<Decided> decisions = List.of(
                new Decided(6L, 3L, "D6", r3.plusDays(10), List.of(new DecisionLink("roadmap-fit", 5L, "fit"))));

        assertThat(GovernanceScoring.leadTimes(listings, decisions))
                .singleElement()
                .satisfies(t -> assertThat(t.days())
                        .as("from the third review, not the first")
                        .isEqualTo(10));
        assertThat(GovernanceScoring.leadTimes(List.of(), decisions))
                .as("never put to the committee")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} values → median {1}")
    @CsvSource(
            delimiter = ';',
            value = {"89,18;53.5", "6;6.0", "0,30,90;30.0", "1,2,3,4;2.5"})
    void median_of_days(String days, BigDecimal median) {
        assertThat(GovernanceScoring.median(
                        Stream.of(days.split(",")).map(Long::valueOf).toList()))
                .isEqualByComparingTo(median);
    }

    private static Act act(long id, String due, ActionStatus status, String completed) {
        return new Act(
                id,
                1L,
                "A" + id,
                LocalDate.parse(due),
                status,
                completed == null ? null : LocalDate.parse(completed),
                Set.of(1L));
    }

    static Stream<Arguments> onTimeCases() {
        Act a = act(1, "2026-04-30", ActionStatus.DONE, "2026-04-28");
        Act b = act(2, "2026-05-15", ActionStatus.DONE, "2026-05-14");
        Act c = act(3, "2026-06-10", ActionStatus.OPEN, null);
        Act d = act(4, "2026-06-20", ActionStatus.CANCELLED, "2026-06-01");
        Act eOpen = act(5, "2026-06-30", ActionStatus.OPEN, null);
        Act eDone = act(5, "2026-06-30", ActionStatus.DONE, "2026-06-15");
        Act late = act(6, "2026-05-31", ActionStatus.DONE, "2026-06-02");
        return Stream.of(
                Arguments.of(
                        "on 2026-06-05: A and B counted, C and E not yet due",
                        List.of(a, b, c, d, eOpen),
                        "2026-06-05",
                        "100.0"),
                Arguments.of(
                        "on 2026-07-01: C overdue, E done early", List.of(a, b, c, d, eDone), "2026-07-01", "75.0"),
                Arguments.of("done after the due day is late", List.of(a, late), "2026-07-01", "50.0"),
                Arguments.of("only cancelled: nothing counts", List.of(d), "2026-07-01", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("onTimeCases")
    void on_time_share_of_the_actions_due(String name, List<Act> actions, String today, String share) {
        BigDecimal result = GovernanceScoring.onTimeShare(actions, LocalDate.parse(today));
        if (share == null) {
            assertThat(result).isNull();
        } else {
            assertThat(result).isEqualByComparingTo(share);
        }
    }
}

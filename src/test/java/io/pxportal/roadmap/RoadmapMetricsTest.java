package io.pxportal.roadmap;

import static io.pxportal.roadmap.RoadmapScoringTest.A;
import static io.pxportal.roadmap.RoadmapScoringTest.A11Y;
import static io.pxportal.roadmap.RoadmapScoringTest.B;
import static io.pxportal.roadmap.RoadmapScoringTest.C;
import static io.pxportal.roadmap.RoadmapScoringTest.CLOUD;
import static io.pxportal.roadmap.RoadmapScoringTest.COST;
import static io.pxportal.roadmap.RoadmapScoringTest.D;
import static io.pxportal.roadmap.RoadmapScoringTest.E;
import static io.pxportal.roadmap.RoadmapScoringTest.OMNI;
import static io.pxportal.roadmap.RoadmapScoringTest.SELF;
import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.shared.metric.DerivedValue;
import io.pxportal.shared.metric.Evidence;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The roadmap PX metrics on the worked examples of docs/scoring.md. */
class RoadmapMetricsTest {

    private static final Quarter QUARTER = Quarter.parse("2026-Q2");
    private static final Map<Long, ObjectiveRef> OBJECTIVES = Map.of(
            CLOUD,
            new ObjectiveRef(CLOUD, "CLOUD", "Cloud first"),
            OMNI,
            new ObjectiveRef(OMNI, "OMNI", "Omnichannel"),
            A11Y,
            new ObjectiveRef(A11Y, "A11Y", "Accessibility"),
            SELF,
            new ObjectiveRef(SELF, "SELF", "Self-service"),
            COST,
            new ObjectiveRef(COST, "COST", "Cost"));

    private static PlatformFit row(Fit fit, Reliability reliability) {
        return new PlatformFit(new PlatformRef(7L, "Inspire"), QUARTER, fit, reliability, null);
    }

    private static Map<Long, RoadmapItemView> views(long... ids) {
        Map<Long, RoadmapItemView> views = new LinkedHashMap<>();
        for (long id : ids) {
            views.put(
                    id,
                    new RoadmapItemView(
                            id,
                            new RoadmapItemDraft(
                                    1L,
                                    "Inspire",
                                    "Item " + id,
                                    ItemType.FEATURE,
                                    QUARTER,
                                    ItemStatus.COMMITTED,
                                    null,
                                    null,
                                    null,
                                    java.util.Set.of(),
                                    0L),
                            null,
                            List.of(),
                            false));
        }
        return views;
    }

    @Test
    void fit_is_the_worked_example_score_with_the_best_items_and_the_gap_linked_to_the_drill_down() {
        Fit fit = RoadmapScoring.fit(RoadmapScoringTest.weights(), RoadmapScoringTest.workedExample());

        DerivedValue value =
                RoadmapMetrics.fit(row(fit, new Reliability(null, 0, 0)), OBJECTIVES, views(1, 2, 3, 4, 5, 6, 8));

        assertThat(value.value()).isEqualByComparingTo("45.5");
        assertThat(value.evidence())
                .extracting(Evidence::kind, Evidence::id)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("roadmap-item", 1L), // CLOUD: containers, committed
                        org.assertj.core.groups.Tuple.tuple(
                                "roadmap-item", 6L), // OMNI: the delayed SMS item beats WhatsApp
                        org.assertj.core.groups.Tuple.tuple("roadmap-item", 2L), // A11Y: PDF/UA GA
                        org.assertj.core.groups.Tuple.tuple(
                                "roadmap-item", 8L), // SELF: the beta portal (with the conflict)
                        org.assertj.core.groups.Tuple.tuple("roadmap-gap", COST));
        assertThat(value.evidence().get(3).detail())
                .isEqualTo("SELF (weight 15): coverage 0 %, covered best by this item, 1 live item(s) conflict");
        assertThat(value.evidence().get(4).detail())
                .isEqualTo("COST (weight 10): coverage 0 %, gap: no live item " + "supports it");
        assertThat(value.evidence().getFirst().route()).isEqualTo("roadmap");
        assertThat(value.evidence().getFirst().query())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("platform", "7", "objective", String.valueOf(CLOUD), "quarter", "2026-Q2"));
    }

    @Test
    void a_platform_with_no_rated_item_or_no_weights_has_no_fit() {
        Fit unrated = RoadmapScoring.fit(RoadmapScoringTest.weights(), List.of());
        Fit noWeights = RoadmapScoring.fit(Map.of(), RoadmapScoringTest.workedExample());

        assertThat(unrated.score()).isEqualByComparingTo("0");
        assertThat(RoadmapMetrics.fit(row(unrated, new Reliability(null, 0, 0)), OBJECTIVES, Map.of()))
                .isNull();
        assertThat(RoadmapMetrics.fit(row(noWeights, new Reliability(null, 0, 0)), OBJECTIVES, Map.of()))
                .isNull();
    }

    @Test
    void reliability_is_the_worked_example_share_with_each_due_item_as_evidence() {
        Map<Long, List<StatusStep>> histories = new LinkedHashMap<>();
        histories.put(11L, A);
        histories.put(12L, B);
        histories.put(13L, C);
        histories.put(14L, D);
        histories.put(15L, E);
        Reliability reliability = RoadmapScoring.reliability(histories, LocalDate.of(2026, 4, 10));

        DerivedValue value = RoadmapMetrics.reliability(reliability, views(11, 12, 13, 14, 15));

        assertThat(value.value()).isEqualByComparingTo("33.3");
        assertThat(value.evidence())
                .extracting(Evidence::id, Evidence::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(11L, "delivered in its committed quarter"),
                        org.assertj.core.groups.Tuple.tuple(
                                12L, "not delivered in the quarter it was first committed to"),
                        org.assertj.core.groups.Tuple.tuple(
                                13L, "not delivered in the quarter it was first committed to"));
        assertThat(value.evidence().getFirst().route()).isEqualTo("roadmap/items");
        assertThat(value.evidence().getFirst().query()).containsEntry("item", "11");
        assertThat(RoadmapMetrics.reliability(
                        RoadmapScoring.reliability(histories, LocalDate.of(2025, 3, 1)), Map.of()))
                .as("nothing due yet")
                .isNull();
    }
}

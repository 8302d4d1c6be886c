package io.pxportal.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.metric.DerivedMetricSource;
import io.pxportal.shared.metric.DerivedValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** The roadmap PX metrics on the demo data: the steering view's figures, and past quarters that stay put. */
@PortalIntegrationTest
class RoadmapMetricsDemoTest {

    @Autowired
    List<DerivedMetricSource> sources;

    @Autowired
    RoadmapScoreService scores;

    @Autowired
    ObjectiveService objectives;

    @Autowired
    PlatformService platforms;

    private DerivedMetricSource source() {
        return sources.stream()
                .filter(s -> s.metricCodes().contains(RoadmapMetrics.FIT))
                .findFirst()
                .orElseThrow();
    }

    /** Every platform, however many other tests have added (the first page alone may miss the demo's). */
    private List<Long> platformIds() {
        return platforms.page(PlatformFilter.all(), PageRequest.of(0, 10_000)).stream()
                .map(PlatformDetails::id)
                .toList();
    }

    private Map<Long, DerivedValue> values(String code, Quarter quarter) {
        return source().values(code, platformIds(), quarter.start(), quarter.end());
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void fit_and_reliability_are_the_steering_views_figures_for_platforms_with_something_to_score() {
        Quarter now = scores.currentQuarter();
        Map<Long, DerivedValue> fit = values(RoadmapMetrics.FIT, now);
        Map<Long, DerivedValue> reliability = values(RoadmapMetrics.RELIABILITY, now);

        assertThat(fit).isNotEmpty();
        assertThat(reliability).isNotEmpty();
        for (PlatformFit row : scores.heatmap(now).rows()) {
            if (fit.containsKey(row.platform().id())) {
                assertThat(fit.get(row.platform().id()).value())
                        .isEqualByComparingTo(row.fit().score());
                assertThat(fit.get(row.platform().id()).evidence())
                        .hasSize(row.fit().objectives().size());
            }
            if (row.reliability().score() == null) {
                assertThat(reliability).doesNotContainKey(row.platform().id());
            } else {
                assertThat(reliability.get(row.platform().id()).value())
                        .isEqualByComparingTo(row.reliability().score());
                assertThat(reliability.get(row.platform().id()).evidence())
                        .hasSize(row.reliability().due());
            }
        }
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void a_change_of_weights_moves_this_quarters_fit_but_not_last_quarters() {
        Quarter now = scores.currentQuarter();
        Quarter last = now.plus(-1);
        Map<Long, DerivedValue> lastBefore = values(RoadmapMetrics.FIT, last);
        Map<Long, DerivedValue> nowBefore = values(RoadmapMetrics.FIT, now);
        Map<Long, Integer> original = objectives.weightsFor(now).orElseThrow().weights();
        Map<Long, Integer> costOnly = RoadmapServiceTest.costOnly(objectives, original);

        objectives.changeWeights(costOnly, now, "test: metrics, cost only", RoadmapServiceTest.latestSet(objectives));
        try {
            Map<Long, DerivedValue> lastAfter = values(RoadmapMetrics.FIT, last);
            Map<Long, DerivedValue> nowAfter = values(RoadmapMetrics.FIT, now);
            assertThat(lastAfter.keySet()).isEqualTo(lastBefore.keySet());
            lastBefore.forEach((id, v) -> assertThat(lastAfter.get(id).value()).isEqualByComparingTo(v.value()));
            assertThat(nowBefore.keySet())
                    .anyMatch(id -> !nowAfter.containsKey(id)
                            || nowAfter.get(id)
                                            .value()
                                            .compareTo(nowBefore.get(id).value())
                                    != 0);
        } finally {
            objectives.changeWeights(
                    original, now, "test: metrics, restored", RoadmapServiceTest.latestSet(objectives));
        }
    }
}

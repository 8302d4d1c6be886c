package io.pxportal.experience;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.TestLogins;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.metric.DerivedMetricSource;
import io.pxportal.shared.metric.DerivedValue;
import io.pxportal.shared.metric.MetricPeriod;
import io.pxportal.shared.security.Role;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A trend gathers its quarters together: the observations, the pulse and the catalogue pins are read once for all
 * quarters, and each derived source is asked once for all of them — so eight quarters cost the statements of two.
 * The figures are those of each quarter gathered alone.
 */
@PortalIntegrationTest
class ScoreGatheringTest {

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

    @Autowired
    Clock clock;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void eight_quarters_are_read_with_the_statements_of_two_and_each_source_is_asked_once() {
        List<Long> ids =
                steering(() -> platforms.page(PlatformFilter.all(), PageRequest.of(0, 50, Sort.by("id"))).stream()
                        .map(p -> p.id())
                        .toList());
        CountingSource source = new CountingSource();
        ScoreInputs inputs = new ScoreInputs(observations, survey, List.of(source), clock);
        Quarter now = Quarter.of(LocalDate.now(clock));
        Map<Quarter, Catalogue> two = steering(() -> catalogues.forPeriods(List.of(now.plus(-1), now)));
        List<Quarter> quarters = new ArrayList<>();
        for (int i = 7; i >= 0; i--) {
            quarters.add(now.plus(-i));
        }
        Map<Quarter, Catalogue> eight = steering(() -> catalogues.forPeriods(quarters));

        long statementsOfTwo = statements(() -> inputs.gather(two, ids));
        source.calls.clear();
        long statementsOfEight = statements(() -> inputs.gather(eight, ids));

        assertThat(statementsOfEight).isEqualTo(statementsOfTwo).isLessThanOrEqualTo(2);
        assertThat(source.calls).hasSize(1);
        assertThat(source.calls.getFirst()).hasSize(8);
    }

    @Test
    void a_trend_scores_each_quarter_as_the_quarter_alone_does() {
        steering(() -> {
            List<Long> ids = platforms.page(PlatformFilter.all(), PageRequest.of(0, 50, Sort.by("id"))).stream()
                    .map(p -> p.id())
                    .toList();
            Quarter now = Quarter.of(LocalDate.now(clock));
            Map<Long, List<QuarterScore>> trends = scores.trends(ids, now, 8);
            assertThat(trends).containsOnlyKeys(ids);
            int withData = 0;
            for (QuarterScore quarter : trends.get(ids.getFirst())) {
                Map<Long, Scorecard> alone = scores.scorecards(ids, quarter.period());
                for (Long id : ids) {
                    Scorecard inTrend = trends.get(id).stream()
                            .filter(q -> q.period().equals(quarter.period()))
                            .findFirst()
                            .orElseThrow()
                            .scorecard();
                    assertThat(inTrend).as("%s in %s", id, quarter.period()).isEqualTo(alone.get(id));
                    withData += inTrend.total().hasData() ? 1 : 0;
                }
            }
            assertThat(withData).as("scorecards with a TX").isGreaterThan(10);
            return null;
        });
    }

    @Test
    void pulse_means_of_many_quarters_equal_each_platforms_results() {
        steering(() -> {
            List<Long> ids = platforms.page(PlatformFilter.all(), PageRequest.of(0, 50, Sort.by("id"))).stream()
                    .map(p -> p.id())
                    .toList();
            Quarter now = Quarter.of(LocalDate.now(clock));
            List<Quarter> quarters = new ArrayList<>();
            for (int i = 7; i >= 0; i--) {
                quarters.add(now.plus(-i));
            }
            Map<Quarter, Map<Long, SurveyService.Results>> means = survey.means(ids, quarters);
            int compared = 0;
            for (Quarter quarter : quarters) {
                for (Long id : ids) {
                    SurveyResults results = survey.results(id, quarter);
                    SurveyService.Results grouped = means.get(quarter).get(id);
                    if (results.responses() == 0) {
                        assertThat(grouped).isNull();
                        continue;
                    }
                    assertThat(grouped.responses()).isEqualTo(results.responses());
                    assertThat(grouped.means()).as("%s in %s", id, quarter).isEqualTo(results.means());
                    compared += grouped.means().isEmpty() ? 0 : 1;
                }
            }
            assertThat(compared).as("platform quarters above the threshold").isGreaterThan(5);
            return null;
        });
    }

    private long statements(Runnable work) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            steering(() -> readOnly.execute(tx -> {
                work.run();
                return null;
            }));
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }

    private static <T> T steering(Supplier<T> work) {
        return TestLogins.as("gathering-test", work, Role.STEERING);
    }

    /** Claims licensing's codes as a stand-in: records every call's periods and answers a constant. */
    private static final class CountingSource implements DerivedMetricSource {

        final List<List<MetricPeriod>> calls = new ArrayList<>();

        @Override
        public Set<String> metricCodes() {
            return Set.of("px.usage-coverage", "px.shelfware");
        }

        @Override
        public Map<Long, DerivedValue> values(
                String metricCode, Collection<Long> platformIds, LocalDate from, LocalDate to) {
            calls.add(List.of(new MetricPeriod(from, to)));
            Map<Long, DerivedValue> values = new HashMap<>();
            platformIds.forEach(id -> values.put(id, new DerivedValue(BigDecimal.TEN, List.of())));
            return values;
        }

        @Override
        public Map<MetricPeriod, Map<String, Map<Long, DerivedValue>>> values(
                Set<String> metricCodes, Collection<Long> platformIds, List<MetricPeriod> periods) {
            calls.add(periods);
            Map<MetricPeriod, Map<String, Map<Long, DerivedValue>>> values = new HashMap<>();
            for (MetricPeriod period : periods) {
                Map<String, Map<Long, DerivedValue>> byCode = new HashMap<>();
                for (String code : metricCodes) {
                    Map<Long, DerivedValue> byPlatform = new HashMap<>();
                    platformIds.forEach(id -> byPlatform.put(id, new DerivedValue(BigDecimal.TEN, List.of())));
                    byCode.put(code, byPlatform);
                }
                values.put(period, byCode);
            }
            return values;
        }
    }
}

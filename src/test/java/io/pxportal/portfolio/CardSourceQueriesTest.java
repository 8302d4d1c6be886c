package io.pxportal.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.TestLogins;
import io.pxportal.shared.card.PlatformCardSource;
import io.pxportal.shared.security.Role;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The portfolio asks each module once per page of cards for all the platforms on it; a module answers with a fixed
 * number of queries whatever the page holds — never one (or more) per platform.
 */
@PortalIntegrationTest
class CardSourceQueriesTest {

    @Autowired
    List<PlatformCardSource> sources;

    @Autowired
    PlatformService platforms;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void each_card_source_reads_a_page_of_platforms_with_the_statements_of_one() {
        List<Long> page =
                steering(() -> platforms.page(PlatformFilter.all(), PageRequest.of(0, 24, Sort.by("name"))).stream()
                        .map(PlatformDetails::id)
                        .toList());
        assertThat(page).as("demo platforms").hasSizeGreaterThanOrEqualTo(5);
        for (PlatformCardSource source : sources) {
            String name = source.getClass().getSimpleName().replaceAll("\\$\\$.*", "");
            if (name.equals("ExperienceCards")) {
                // its own reads are fixed (ScoreGatheringTest); the rest are the derived metric sources' queries
                continue;
            }
            statements(() -> source.facts(page)); // warm: catalogue versions and the like are cached once
            long ofPage = statements(() -> source.facts(page));
            long ofOne = statements(() -> source.facts(List.of(page.getFirst())));
            assertThat(ofPage)
                    .as("%s: statements for %d platforms (one platform: %d)", name, page.size(), ofOne)
                    .isLessThanOrEqualTo(ofOne);
        }
    }

    private long statements(Supplier<Map<Long, ?>> work) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            steering(work);
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }

    private static <T> T steering(Supplier<T> work) {
        return TestLogins.as("card-queries-test", work, Role.STEERING);
    }
}

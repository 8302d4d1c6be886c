package io.pxportal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.TestLogins;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.card.PlatformCardFact;
import io.pxportal.shared.card.PlatformCardFact.Tone;
import io.pxportal.shared.card.PlatformCardSource;
import io.pxportal.shared.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** The platform cards' alert line: the viewing user's open, unacknowledged alerts per platform. */
@PortalIntegrationTest
class GovernanceCardsTest {

    @Autowired
    List<PlatformCardSource> sources;

    @Autowired
    SteeringService steering;

    @Autowired
    SteeringActionService steeringActions;

    @Autowired
    AlertService alerts;

    @Autowired
    AlertScanner scanner;

    @Autowired
    PlatformService platforms;

    private PlatformCardSource cards() {
        return sources.stream()
                .filter(GovernanceCards.class::isInstance)
                .findFirst()
                .orElseThrow();
    }

    private List<PlatformDetails> all() {
        return platforms.page(PlatformFilter.all(), PageRequest.of(0, 50)).stream()
                .toList();
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void the_demos_overdue_action_shows_on_the_cards_of_its_reviews_platforms_and_opens_the_inbox() {
        Long inspire = all().stream()
                .filter(p -> p.name().equals("Inspire Correspondence"))
                .findFirst()
                .orElseThrow()
                .id();

        Map<Long, List<PlatformCardFact>> facts =
                cards().facts(all().stream().map(PlatformDetails::id).toList());

        assertThat(facts.get(inspire)).singleElement().satisfies(fact -> {
            assertThat(fact.order()).isBetween(60, 69);
            assertThat(fact.labelKey()).isEqualTo("card.governance.alerts");
            assertThat(fact.route()).isEqualTo("alerts");
            assertThat(fact.query())
                    .as("the inbox opens narrowed to the platform")
                    .isEqualTo(java.util.Map.of("platform", String.valueOf(inspire)));
            assertThat((Long) fact.arguments().getFirst()).isGreaterThanOrEqualTo(1L);
            assertThat(fact.tone()).as("an action ten days overdue").isEqualTo(Tone.BAD);
        });
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void a_user_without_alerts_sees_no_alert_line() {
        assertThat(cards().facts(all().stream().map(PlatformDetails::id).toList()))
                .isEmpty();
    }

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void an_acknowledged_alert_leaves_the_card_and_other_platforms_never_show_it() {
        List<PlatformDetails> all = all();
        Long covered = all.get(0).id();
        Long other = all.get(1).id();
        TestLogins.as(
                "steering",
                () -> {
                    ReviewView review = steering.createReview(new ReviewDraft(
                            "Cards review",
                            LocalDate.now().minusDays(30),
                            Set.of(covered),
                            Set.of("steering"),
                            null,
                            null));
                    return steeringActions.addAction(
                            review.id(),
                            new ActionDraft(
                                    "Cards: send the usage report",
                                    "finance",
                                    LocalDate.now().minusDays(40),
                                    null));
                },
                Role.STEERING);
        TestLogins.as("admin", scanner::scan, Role.ADMIN);
        long before = count(covered);
        long otherBefore = count(other);
        assertThat(alerts.count(false, covered))
                .as("the narrowed inbox counts what the card counts")
                .isEqualTo(before);
        assertThat(alerts.inbox(false, covered, PageRequest.of(0, 100)))
                .extracting(AlertView::subjectLabel)
                .contains("Cards: send the usage report");
        assertThat(alerts.inbox(false, other, PageRequest.of(0, 100)))
                .extracting(AlertView::subjectLabel)
                .doesNotContain("Cards: send the usage report");
        assertThat(alerts.count(false, null)).isGreaterThanOrEqualTo(before);

        AlertView alert = alerts.inbox(false, PageRequest.of(0, 100)).stream()
                .filter(a -> a.subjectLabel().equals("Cards: send the usage report"))
                .findFirst()
                .orElseThrow();
        alerts.acknowledge(alert.id());

        assertThat(before).isGreaterThanOrEqualTo(1);
        assertThat(count(covered)).isEqualTo(before - 1);
        assertThat(count(other))
                .as("the alert concerns the review's platform only")
                .isEqualTo(otherBefore);
    }

    private long count(Long platform) {
        return cards().facts(List.of(platform)).getOrDefault(platform, List.of()).stream()
                .mapToLong(f -> (Long) f.arguments().getFirst())
                .sum();
    }

    @ParameterizedTest(name = "nearest date in {0} days → {1}")
    @CsvSource({"-3, BAD", "0, BAD", "7, BAD", "8, WARNING", "30, WARNING", "31, NEUTRAL", "90, NEUTRAL"})
    void the_tone_follows_the_inbox_severity_of_the_nearest_date(int days, Tone tone) {
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertThat(GovernanceCards.tone(today.plusDays(days), today)).isEqualTo(tone);
    }
}

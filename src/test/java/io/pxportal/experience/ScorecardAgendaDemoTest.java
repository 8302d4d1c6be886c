package io.pxportal.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.TestLogins;
import io.pxportal.governance.Agenda;
import io.pxportal.governance.ReviewDraft;
import io.pxportal.governance.ReviewStatus;
import io.pxportal.governance.ReviewView;
import io.pxportal.governance.SteeringService;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformDraft;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.agenda.AgendaScope;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.security.SystemAuthentication;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** The scorecard section of a steering review on the demo data: live, as the system user, and frozen. */
@PortalIntegrationTest
class ScorecardAgendaDemoTest {

    @Autowired
    ScorecardAgenda section;

    @Autowired
    SteeringService steering;

    @Autowired
    ScoreService scores;

    @Autowired
    ObservationService observations;

    @Autowired
    PlatformService platforms;

    private static List<AgendaItem> scorecard(Agenda agenda) {
        return agenda.sections().stream()
                .filter(s -> s.section().equals("scorecard"))
                .findFirst()
                .orElseThrow()
                .items();
    }

    private static Map<String, String> figures(AgendaItem item) {
        return item.figures().stream().collect(Collectors.toMap(AgendaFigure::labelKey, AgendaFigure::value));
    }

    private ReviewView planned() {
        return steering.reviews(PageRequest.of(0, 50)).stream()
                .filter(r -> r.status() == ReviewStatus.PLANNED && r.title().startsWith("CCM steering review"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void the_next_review_opens_with_each_platforms_scorecard_of_the_last_complete_quarter() {
        ReviewView review = planned();
        Agenda agenda = steering.agenda(review.id());
        Quarter quarter = ScorecardAgenda.quarterFor(review.heldOn());

        assertThat(agenda.sections().getFirst().section()).isEqualTo("scorecard");
        List<AgendaItem> items = scorecard(agenda);
        assertThat(items)
                .extracting(AgendaItem::platformId)
                .containsExactlyInAnyOrderElementsOf(
                        review.platforms().stream().map(PlatformRef::id).toList());
        Long inspire = id(ExperienceDemoData.INSPIRE);
        Scorecard card = scores.scorecard(inspire, quarter);
        Scorecard before = scores.scorecard(inspire, quarter.plus(-1));
        AgendaItem item = items.stream()
                .filter(i -> i.platformId().equals(inspire))
                .findFirst()
                .orElseThrow();
        assertThat(item.title()).isEqualTo(ExperienceDemoData.INSPIRE + " · " + quarter);
        assertThat(figures(item))
                .containsEntry("agenda.scorecard.tx", card.total().value().toPlainString())
                .containsEntry(
                        "agenda.scorecard.px",
                        card.dimension(Dimension.PX).value().toPlainString())
                .containsEntry(
                        "agenda.scorecard.px-coverage",
                        card.dimension(Dimension.PX).coverage().toPlainString())
                .containsEntry(
                        "agenda.scorecard.px-change",
                        card.dimension(Dimension.PX)
                                .value()
                                .subtract(before.dimension(Dimension.PX).value())
                                .toPlainString())
                .containsEntry(
                        "agenda.scorecard.driver-1",
                        card.drivers().getFirst().metric().hasDefaultName()
                                ? card.drivers().getFirst().metric().nameKey()
                                : card.drivers().getFirst().metric().name());
        assertThat(item.needsDecision())
                .isEqualTo(ScorecardAgenda.needsDecision(card.total(), before.total())
                        || ScorecardAgenda.needsDecision(card.dimension(Dimension.PX), before.dimension(Dimension.PX)));
    }

    @Test
    void the_section_needs_a_login_and_the_system_user_reaches_the_derived_metrics_of_other_modules() {
        SecurityContextHolder.clearContext();
        Set<Long> all =
                Set.copyOf(TestLogins.as("admin", () -> platforms.refs("", PageRequest.of(0, 100)), Role.ADMIN).stream()
                        .map(PlatformRef::id)
                        .toList());
        LocalDate reviewDate = LocalDate.now().plusWeeks(3);
        AgendaScope scope = new AgendaScope(all, reviewDate, reviewDate.plusMonths(3));
        assertThatThrownBy(() -> section.items(scope)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        // What SteeringService does for every agenda source.
        List<AgendaItem> items = new ArrayList<>();
        List<Scorecard> cards = new ArrayList<>();
        SystemAuthentication.runAs("steering-agenda", () -> {
            items.addAll(section.items(scope));
            cards.addAll(scores.scorecards(all, ScorecardAgenda.quarterFor(reviewDate))
                    .values());
        });
        assertThat(items).hasSize(all.size());
        assertThat(cards)
                .as("licensing and contracts derive PX metrics for the system user too")
                .anySatisfy(card -> assertThat(card.metrics()).anySatisfy(m -> {
                    assertThat(m.metric().source()).isEqualTo(MetricSource.DERIVED);
                    assertThat(m.hasData()).isTrue();
                }));
        Map<Long, Scorecard> asAPerson = TestLogins.as(
                "steering", () -> scores.scorecards(all, ScorecardAgenda.quarterFor(reviewDate)), Role.STEERING);
        assertThat(items)
                .allSatisfy(item -> assertThat(figures(item).get("agenda.scorecard.px-coverage"))
                        .isEqualTo(asAPerson
                                .get(item.platformId())
                                .dimension(Dimension.PX)
                                .coverage()
                                .toPlainString()));
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void a_closed_review_keeps_the_scorecard_it_was_closed_with_when_an_observation_changes_later() {
        LocalDate today = LocalDate.now();
        Quarter quarter = ScorecardAgenda.quarterFor(today);
        // A platform of this test's own, so the demo platforms' scores stay as other tests expect them.
        Long platformId = TestLogins.as(
                "admin",
                () -> {
                    PlatformDetails model = platforms
                            .page(PlatformFilter.all(), PageRequest.of(0, 1))
                            .getFirst();
                    Long id = platforms
                            .create(new PlatformDraft(
                                    "Scorecard Snapshot Platform",
                                    model.vendor().id(),
                                    model.product(),
                                    model.productVersion(),
                                    model.deployment(),
                                    model.lifecycle(),
                                    model.environments(),
                                    model.businessUnits(),
                                    Set.of(),
                                    null,
                                    null))
                            .id();
                    observations.push(
                            observations.entries(id, quarter).stream()
                                    .map(e -> new ObservationDraft(
                                            id,
                                            e.metric().code(),
                                            quarter,
                                            e.metric().target(),
                                            null,
                                            null))
                                    .toList(),
                            ObservationOrigin.IMPORT);
                    return id;
                },
                Role.ADMIN);
        ReviewView review = steering.createReview(new ReviewDraft(
                "Scorecard snapshot review", today, Set.of(platformId), Set.of("steering"), null, null));
        steering.closeReview(review.id(), steering.review(review.id()).version());
        AgendaItem closed = scorecard(steering.agenda(review.id())).getFirst();
        String tx = figures(closed).get("agenda.scorecard.tx");
        assertThat(tx)
                .isEqualTo(scores.scorecard(platformId, quarter).total().value().toPlainString());

        // A CX value of the reviewed quarter is corrected afterwards, from its target to its floor.
        MetricDefinition metric = observations.entries(platformId, quarter).stream()
                .filter(e -> e.metric().dimension() == Dimension.CX)
                .findFirst()
                .orElseThrow()
                .metric();
        TestLogins.as(
                "admin",
                () -> observations.push(
                        List.of(new ObservationDraft(
                                platformId,
                                metric.code(),
                                quarter,
                                metric.floor(),
                                "corrected after the review",
                                null)),
                        ObservationOrigin.IMPORT),
                Role.ADMIN);
        assertThat(scores.scorecard(platformId, quarter).total().value().toPlainString())
                .isNotEqualTo(tx);

        Agenda agenda = steering.agenda(review.id());
        assertThat(agenda.frozen()).isTrue();
        assertThat(scorecard(agenda)).singleElement().isEqualTo(closed);
        assertThat(figures(scorecard(agenda).getFirst()))
                .containsEntry("agenda.scorecard.tx", tx)
                .containsEntry("agenda.scorecard.cx", "100.0");
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void the_demos_past_reviews_froze_a_scorecard_for_every_platform() {
        List<ReviewView> closed = steering.reviews(PageRequest.of(0, 50)).stream()
                .filter(r -> r.status() == ReviewStatus.CLOSED && r.title().startsWith("CCM steering review"))
                .toList();
        assertThat(closed).hasSize(4).allSatisfy(r -> {
            Agenda agenda = steering.agenda(r.id());
            assertThat(agenda.frozen()).isTrue();
            assertThat(scorecard(agenda))
                    .hasSameSizeAs(r.platforms())
                    .allSatisfy(
                            item -> assertThat(item.title()).endsWith(" · " + ScorecardAgenda.quarterFor(r.heldOn())));
        });
    }

    private Long id(String name) {
        return platforms.refs(name, PageRequest.of(0, 1)).getFirst().id();
    }
}

package io.pxportal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.TestLogins;
import io.pxportal.experience.Dimension;
import io.pxportal.experience.Quarter;
import io.pxportal.experience.ScoreService;
import io.pxportal.experience.Scorecard;
import io.pxportal.finance.FinanceSettings;
import io.pxportal.finance.FinanceSettingsService;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.security.Role;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The review page and the steering pack show each viewer the same agenda, read through each module's own rule:
 * spend figures only for platforms whose costs the viewer sees, except that a closed review's attendees see the
 * frozen record in full.
 */
@PortalIntegrationTest
class SteeringPackReadRuleTest {

    /** A column that only the spend section's table has. */
    private static final String SPEND_COLUMN = "Variance %";

    private static final String NOBODY = "pack.owns-nothing";

    @Autowired
    SteeringPackService packs;

    @Autowired
    SteeringService steering;

    @Autowired
    PlatformService platforms;

    @Autowired
    FinanceSettingsService financeSettings;

    @Autowired
    ScoreService scores;

    @Test
    void a_product_owner_sees_spend_of_their_own_platforms_only_on_the_page_and_in_the_pack() throws IOException {
        Set<Long> olenasOnly = as(
                "steering",
                () -> platforms.page(PlatformFilter.all(), PageRequest.of(0, 100)).stream()
                        .filter(p ->
                                p.owners().stream().allMatch(o -> o.username().equals("olena")))
                        .map(PlatformDetails::id)
                        .collect(Collectors.toSet()),
                Role.STEERING);
        ReviewView review = as(
                "steering",
                () -> steering.createReview(new ReviewDraft(
                        "Read rule review", LocalDate.now().plusDays(2), olenasOnly, Set.of(), null, null)),
                Role.STEERING);
        withOwnersSeeingCosts(true, () -> {
            List<AgendaItem> all = spend(review, "steering", Role.STEERING);
            assertThat(all).as("the review has spend to show").isNotEmpty();
            assertThat(spend(review, "olena", Role.PRODUCT_OWNER)).isEqualTo(all);
            String olenas = pack(review, "olena", Role.PRODUCT_OWNER);
            assertThat(olenas).contains(SPEND_COLUMN).contains(titles(all));
            assertThat(firstLineOfSpend(olenas)).startsWith("Figure ");

            for (String stranger : List.of("marc", NOBODY)) {
                assertThat(spend(review, stranger, Role.PRODUCT_OWNER))
                        .as(stranger)
                        .isEmpty();
                String pack = pack(review, stranger, Role.PRODUCT_OWNER);
                assertThat(pack).as(stranger).doesNotContain(SPEND_COLUMN);
                assertThat(firstLineOfSpend(pack)).as(stranger).isEqualTo("Nothing for this review.");
            }
        });
    }

    @Test
    void a_closed_review_is_the_committee_record_for_its_attendees_and_no_one_elses_spend_for_others()
            throws IOException {
        ReviewView closed = as(
                "steering",
                () -> steering.reviews(PageRequest.of(0, 50)).stream()
                        .filter(r -> r.status() == ReviewStatus.CLOSED
                                && r.attendees().contains("marc"))
                        .findFirst()
                        .orElseThrow(),
                Role.STEERING);
        withOwnersSeeingCosts(false, () -> {
            List<AgendaItem> all = spend(closed, "steering", Role.STEERING);
            assertThat(all).isNotEmpty();
            // An attendee was shown these figures when the committee decided.
            assertThat(spend(closed, "marc", Role.PRODUCT_OWNER)).isEqualTo(all);
            String marcs = pack(closed, "marc", Role.PRODUCT_OWNER);
            assertThat(marcs).contains(SPEND_COLUMN).contains(titles(all));
            assertThat(firstLineOfSpend(marcs)).startsWith("Figure ");

            assertThat(spend(closed, NOBODY, Role.PRODUCT_OWNER)).isEmpty();
            String nobodys = pack(closed, NOBODY, Role.PRODUCT_OWNER);
            assertThat(nobodys).doesNotContain(SPEND_COLUMN);
            assertThat(firstLineOfSpend(nobodys)).isEqualTo("Nothing for this review.");
        });
    }

    @Test
    void the_scorecard_section_gives_a_viewer_who_may_not_see_costs_the_scores_of_their_own_scorecard()
            throws IOException {
        Set<Long> olenasOnly = as(
                "steering",
                () -> platforms.page(PlatformFilter.all(), PageRequest.of(0, 100)).stream()
                        .filter(p ->
                                p.owners().stream().allMatch(o -> o.username().equals("olena")))
                        .map(PlatformDetails::id)
                        .collect(Collectors.toSet()),
                Role.STEERING);
        LocalDate heldOn = LocalDate.now().plusDays(3);
        ReviewView review = as(
                "steering",
                () -> steering.createReview(
                        new ReviewDraft("Scorecard read rule", heldOn, olenasOnly, Set.of(), null, null)),
                Role.STEERING);
        Quarter quarter = Quarter.of(heldOn).plus(-1);
        withOwnersSeeingCosts(false, () -> {
            List<AgendaItem> committees = section(review, "steering", Role.STEERING, "scorecard");
            List<AgendaItem> olenas = section(review, "olena", Role.PRODUCT_OWNER, "scorecard");
            assertThat(olenas)
                    .extracting(AgendaItem::platformId)
                    .containsExactlyElementsOf(
                            committees.stream().map(AgendaItem::platformId).toList());
            for (AgendaItem item : olenas) {
                Scorecard own = as("olena", () -> scores.scorecard(item.platformId(), quarter), Role.PRODUCT_OWNER);
                assertThat(px(item)).as(item.title()).isEqualTo(px(own));
                assertThat(figure(item, "agenda.scorecard.tx"))
                        .as(item.title())
                        .isEqualTo(
                                AgendaFigure.number("tx", own.total().value()).value());
            }
            assertThat(committees)
                    .as("the budget variance moves a PX score the committee sees")
                    .anySatisfy(c -> assertThat(px(c))
                            .isNotEqualTo(px(olenas.stream()
                                    .filter(o -> o.platformId().equals(c.platformId()))
                                    .findFirst()
                                    .orElseThrow())));
        });
    }

    @Test
    void a_closed_reviews_scorecard_stays_with_its_attendees_when_others_may_not_see_the_costs_inside() {
        ReviewView closed = as(
                "steering",
                () -> steering.reviews(PageRequest.of(0, 50)).stream()
                        .filter(r -> r.status() == ReviewStatus.CLOSED
                                && r.attendees().contains("marc"))
                        .findFirst()
                        .orElseThrow(),
                Role.STEERING);
        List<AgendaItem> committees = section(closed, "steering", Role.STEERING, "scorecard");
        assertThat(committees).isNotEmpty();
        assertThat(section(closed, "marc", Role.PRODUCT_OWNER, "scorecard")).isEqualTo(committees);
        assertThat(section(closed, NOBODY, Role.PRODUCT_OWNER, "scorecard")).isEmpty();
        assertThat(section(closed, "auditor", Role.AUDITOR, "scorecard")).isEqualTo(committees);
    }

    private static String px(AgendaItem item) {
        return figure(item, "agenda.scorecard.px");
    }

    private static String figure(AgendaItem item, String key) {
        return item.figures().stream()
                .filter(f -> f.labelKey().equals(key))
                .findFirst()
                .orElseThrow()
                .value();
    }

    private static String px(Scorecard card) {
        return AgendaFigure.number("px", card.dimension(Dimension.PX).value()).value();
    }

    private List<AgendaItem> section(ReviewView review, String username, Role role, String section) {
        return as(username, () -> steering.agenda(review.id()), role).sections().stream()
                .filter(s -> s.section().equals(section))
                .findFirst()
                .orElseThrow()
                .items();
    }

    /** The spend section's rows, e.g. "Exstream Statements · 2026", as the pack prints them. */
    private static String[] titles(List<AgendaItem> items) {
        return items.stream().map(AgendaItem::title).toArray(String[]::new);
    }

    /** What the pack prints under the spend section's heading: its table's header, or that there is nothing. */
    private static String firstLineOfSpend(String pack) {
        String heading = "Spend vs budget and forecast" + System.lineSeparator();
        assertThat(pack).contains(heading);
        String rest = pack.substring(pack.indexOf(heading) + heading.length());
        return rest.lines().findFirst().orElse("").strip();
    }

    /** The spend section as the review page gets it for the user. */
    private List<AgendaItem> spend(ReviewView review, String username, Role role) {
        return as(username, () -> steering.agenda(review.id()), role).sections().stream()
                .filter(s -> s.section().equals("budget"))
                .findFirst()
                .orElseThrow()
                .items();
    }

    private String pack(ReviewView review, String username, Role role) throws IOException {
        SteeringPack pack = as(username, () -> packs.render(review.id(), Locale.ENGLISH), role);
        try (PDDocument pdf = Loader.loadPDF(pack.pdf())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private interface Work {
        void run() throws IOException;
    }

    /** Runs {@code work} with the finance setting as given and restores it: the test context is shared. */
    private void withOwnersSeeingCosts(boolean on, Work work) throws IOException {
        FinanceSettings before = as("admin", financeSettings::get, Role.ADMIN);
        set(before, on);
        try {
            work.run();
        } finally {
            set(as("admin", financeSettings::get, Role.ADMIN), before.ownersEditCosts());
        }
    }

    private void set(FinanceSettings current, boolean on) {
        if (current.ownersEditCosts() != on) {
            as(
                    "admin",
                    () -> financeSettings.update(new FinanceSettings(
                            current.reportingCurrency(),
                            current.fiscalYearStartMonth(),
                            current.indexAssumptionPercent(),
                            on,
                            current.version())),
                    Role.ADMIN);
        }
    }

    private static <T> T as(String username, java.util.function.Supplier<T> work, Role role) {
        return TestLogins.as(username, work, role);
    }
}

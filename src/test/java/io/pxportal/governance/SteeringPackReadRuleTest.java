package io.pxportal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.TestLogins;
import io.pxportal.finance.FinanceSettings;
import io.pxportal.finance.FinanceSettingsService;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
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

    @Test
    void a_product_owner_sees_spend_of_their_own_platforms_only_on_the_page_and_in_the_pack() throws IOException {
        Set<Long> olenasOnly = as("steering", () -> platforms.page(PlatformFilter.all(), PageRequest.of(0, 100))
                .stream().filter(p -> p.owners().stream().allMatch(o -> o.username().equals("olena")))
                .map(PlatformDetails::id).collect(Collectors.toSet()), Role.STEERING);
        ReviewView review = as("steering", () -> steering.createReview(new ReviewDraft("Read rule review",
                LocalDate.now().plusDays(2), olenasOnly, Set.of(), null, null)), Role.STEERING);
        withOwnersSeeingCosts(true, () -> {
            List<AgendaItem> all = spend(review, "steering", Role.STEERING);
            assertThat(all).as("the review has spend to show").isNotEmpty();
            assertThat(spend(review, "olena", Role.PRODUCT_OWNER)).isEqualTo(all);
            String olenas = pack(review, "olena", Role.PRODUCT_OWNER);
            assertThat(olenas).contains(SPEND_COLUMN).contains(titles(all));
            assertThat(firstLineOfSpend(olenas)).startsWith("Item Figures");

            for (String stranger : List.of("marc", NOBODY)) {
                assertThat(spend(review, stranger, Role.PRODUCT_OWNER)).as(stranger).isEmpty();
                String pack = pack(review, stranger, Role.PRODUCT_OWNER);
                assertThat(pack).as(stranger).doesNotContain(SPEND_COLUMN);
                assertThat(firstLineOfSpend(pack)).as(stranger).isEqualTo("Nothing for this review.");
            }
        });
    }

    @Test
    void a_closed_review_is_the_committee_record_for_its_attendees_and_no_one_elses_spend_for_others()
            throws IOException {
        ReviewView closed = as("steering", () -> steering.reviews(PageRequest.of(0, 50)).stream()
                .filter(r -> r.status() == ReviewStatus.CLOSED && r.attendees().contains("marc"))
                .findFirst().orElseThrow(), Role.STEERING);
        withOwnersSeeingCosts(false, () -> {
            List<AgendaItem> all = spend(closed, "steering", Role.STEERING);
            assertThat(all).isNotEmpty();
            // An attendee was shown these figures when the committee decided.
            assertThat(spend(closed, "marc", Role.PRODUCT_OWNER)).isEqualTo(all);
            String marcs = pack(closed, "marc", Role.PRODUCT_OWNER);
            assertThat(marcs).contains(SPEND_COLUMN).contains(titles(all));
            assertThat(firstLineOfSpend(marcs)).startsWith("Item Figures");

            assertThat(spend(closed, NOBODY, Role.PRODUCT_OWNER)).isEmpty();
            String nobodys = pack(closed, NOBODY, Role.PRODUCT_OWNER);
            assertThat(nobodys).doesNotContain(SPEND_COLUMN);
            assertThat(firstLineOfSpend(nobodys)).isEqualTo("Nothing for this review.");
        });
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
                .filter(s -> s.section().equals("budget")).findFirst().orElseThrow().items();
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
            as("admin", () -> financeSettings.update(new FinanceSettings(current.reportingCurrency(),
                    current.fiscalYearStartMonth(), current.indexAssumptionPercent(), on, current.version())),
                    Role.ADMIN);
        }
    }

    private static <T> T as(String username, java.util.function.Supplier<T> work, Role role) {
        return TestLogins.as(username, work, role);
    }
}

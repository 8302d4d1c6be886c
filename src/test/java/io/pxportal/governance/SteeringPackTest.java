package io.pxportal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.TestLogins;
import io.pxportal.contracts.ContractDraft;
import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.contracts.NoticeUnit;
import io.pxportal.contracts.RenewalType;
import io.pxportal.contracts.UpliftType;
import io.pxportal.shared.i18n.Languages;
import io.pxportal.shared.security.Role;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@PortalIntegrationTest
class SteeringPackTest {

    @Autowired
    SteeringPackService packs;

    @Autowired
    SteeringService steering;

    @Autowired
    SteeringDecisionService steeringDecisions;

    @Autowired
    SteeringActionService steeringActions;

    @Autowired
    ContractService contracts;

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void a_closed_reviews_pack_shows_the_frozen_figures_not_the_changed_contract() throws IOException {
        ContractView exstream = contracts
                .page(new ContractFilter("OT-2019-0042", null, null), PageRequest.of(0, 1))
                .getFirst();
        LocalDate today = LocalDate.now();
        ContractView own = TestLogins.as(
                "admin",
                () -> contracts.create(new ContractDraft(
                        "PACK-SNAP-1",
                        "Pack snapshot",
                        exstream.draft().vendorId(),
                        exstream.draft().platformIds(),
                        "olena",
                        today.plusDays(71).minusYears(1),
                        12,
                        RenewalType.AUTOMATIC,
                        12,
                        60,
                        NoticeUnit.DAYS,
                        0,
                        null,
                        "EUR",
                        new BigDecimal("123456.00"),
                        UpliftType.NONE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)),
                Role.ADMIN);
        ReviewView review = steering.createReview(new ReviewDraft(
                "Pack snapshot review", today, exstream.draft().platformIds(), Set.of("steering"), null, null));
        steeringDecisions.decide(
                review.id(),
                new DecisionDraft(
                        DecisionOutcome.RENEGOTIATE,
                        "Renegotiate PACK-SNAP-1",
                        "The price is above the market",
                        List.of()));
        steering.closeReview(review.id(), steering.review(review.id()).version());

        ContractDraft d = own.draft();
        TestLogins.as(
                "admin",
                () -> contracts.update(
                        own.id(),
                        new ContractDraft(
                                d.number(),
                                d.title(),
                                d.vendorId(),
                                d.platformIds(),
                                d.owner(),
                                d.start(),
                                d.initialTermMonths(),
                                d.renewalType(),
                                d.renewalPeriodMonths(),
                                d.noticeAmount(),
                                d.noticeUnit(),
                                d.explicitRenewals(),
                                d.noticeGivenOn(),
                                d.currency(),
                                new BigDecimal("987654.00"),
                                d.upliftType(),
                                d.upliftPercent(),
                                d.upliftIndex(),
                                d.upliftCapPercent(),
                                d.upliftFloorPercent(),
                                d.notes(),
                                d.version())),
                Role.ADMIN);

        String english = text(packs.render(review.id(), Locale.ENGLISH));
        assertThat(english)
                .contains(
                        "Steering pack",
                        "Pack snapshot review",
                        "PACK-SNAP-1 · Pack snapshot",
                        "€123,456.00",
                        "Renegotiate PACK-SNAP-1",
                        "Renewals that need a decision",
                        "Page 1 of ")
                .doesNotContain("987,654");

        String arabic = text(packs.render(review.id(), Languages.ARABIC));
        // The Arabic bundle's words come back from PDFBox in reading order once it undoes the presentation forms;
        // the amounts keep the Latin digits that Java's Arabic locale formats them with.
        assertThat(arabic)
                .contains("حزمة اللجنة التوجيهية", "PACK-SNAP-1", "123,456.00")
                .doesNotContain("987,654");
    }

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void the_pack_has_a_bookmark_per_section_and_a_page_number_on_every_page() throws IOException {
        ReviewView planned = plannedDemoReview();
        SteeringPack pack = packs.render(planned.id(), Locale.ENGLISH);
        try (PDDocument pdf = Loader.loadPDF(pack.pdf())) {
            org.apache.pdfbox.pdmodel.PDPage first = pdf.getPage(0);
            boolean turned = first.getRotation() % 180 != 0;
            float shown = turned
                    ? first.getMediaBox().getHeight()
                    : first.getMediaBox().getWidth();
            assertThat(shown).as("A4 landscape").isEqualTo(842f);
            List<String> bookmarks = new java.util.ArrayList<>();
            for (PDOutlineItem item :
                    pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks)
                    .containsExactly(
                            "Steering pack",
                            "Experience scorecard and its drivers",
                            "Renewals that need a decision",
                            "Licence position: shortfalls and shelfware",
                            "SLA compliance, uptime and service credits",
                            "Spend vs budget and forecast",
                            "Roadmap fit and slipped roadmap items",
                            "Decisions",
                            "Open actions");
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).as("the roadmap heatmap's caption").contains("Fit (0–100) · Coverage per objective");
            int pages = pdf.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                assertThat(text).contains("Page " + page + " of " + pages);
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/steering-pack-demo.pdf"), pack.pdf());
        Files.write(
                Path.of("target/steering-pack-demo-ar.pdf"),
                packs.render(planned.id(), Languages.ARABIC).pdf());
    }

    /**
     * A section shown as a table (up to eight figures a row) gives each figure a column wide enough for an amount:
     * "€100,000.0" on one line and "0" on the next is not what a committee should read.
     */
    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void amounts_in_figure_columns_are_not_broken_over_two_lines() throws IOException {
        ReviewView planned = plannedDemoReview();
        List<String> amounts = steering.agenda(planned.id()).sections().stream()
                .filter(s -> s.section().equals("budget") || s.section().equals("licences"))
                .flatMap(s -> s.items().stream())
                .flatMap(i -> i.figures().stream())
                .filter(f -> f.kind() == io.pxportal.shared.agenda.AgendaFigure.Kind.MONEY
                        && !f.value().isEmpty())
                .map(f -> f.display(Locale.ENGLISH, key -> key))
                .toList();
        assertThat(amounts).isNotEmpty();
        String lines = text(packs.render(planned.id(), Locale.ENGLISH));
        List<String> broken = amounts.stream()
                .filter(a -> lines.lines().noneMatch(l -> l.contains(a)))
                .toList();
        assertThat(broken).as("amounts broken over two lines").isEmpty();
    }

    /**
     * In every language and every section, a figure that is a number, amount, percentage or date reads on one
     * line: the figure columns are as wide as their widest value, and items with many figures turn into a row per
     * figure rather than squeezing eight columns.
     */
    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void no_figure_of_any_section_is_broken_over_two_lines_in_any_language() throws IOException {
        ReviewView planned = plannedDemoReview();
        for (Locale locale : List.of(Locale.ENGLISH, Languages.UKRAINIAN, Languages.RUSSIAN)) {
            List<String> figures = steering.agenda(planned.id()).sections().stream()
                    .flatMap(s -> s.items().stream())
                    .flatMap(i -> i.figures().stream())
                    .filter(f -> f.kind() != io.pxportal.shared.agenda.AgendaFigure.Kind.TEXT
                            && f.kind() != io.pxportal.shared.agenda.AgendaFigure.Kind.MESSAGE
                            && !f.value().isEmpty())
                    .map(f -> f.display(locale, key -> key))
                    .distinct()
                    .toList();
            assertThat(figures).isNotEmpty();
            List<String> lines =
                    text(packs.render(planned.id(), locale)).lines().toList();
            List<String> broken = figures.stream()
                    .filter(a -> lines.stream().noneMatch(l -> l.contains(a)))
                    .toList();
            assertThat(broken).as("figures broken over two lines in %s", locale).isEmpty();
        }
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void the_pack_names_people_by_their_display_name() throws IOException {
        ReviewView closed = steering.reviews(PageRequest.of(0, 50)).stream()
                .filter(r -> r.status() == ReviewStatus.CLOSED
                        && steeringActions.actions(r.id()).stream()
                                .anyMatch(a -> a.owner().equals("olena") && a.status() == ActionStatus.OPEN))
                .findFirst()
                .orElseThrow();
        String text = text(packs.render(closed.id(), Locale.ENGLISH));
        assertThat(text).contains("Olena Koval", "Henrik Lund").doesNotContainPattern("(?m)^olena\\b|, olena\\b");
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void the_pack_writes_dates_and_amounts_as_the_readers_region_does() throws IOException {
        ReviewView planned = plannedDemoReview();
        // An English reader in Britain gets "7 Dec 2026", one in the United States "Dec 7, 2026": same texts.
        String british = text(packs.render(planned.id(), Locale.UK));
        String american = text(packs.render(planned.id(), Locale.US));
        assertThat(british)
                .contains(planned.heldOn()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                .withLocale(Locale.UK)))
                .contains("Steering pack");
        assertThat(american)
                .contains(planned.heldOn()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                .withLocale(Locale.US)));
    }

    /** A planned review of the demo data: its agenda is live, with figures in every section. */
    private ReviewView plannedDemoReview() {
        return steering.reviews(PageRequest.of(0, 50)).stream()
                .filter(r -> r.title().startsWith("CCM steering review") && r.status() == ReviewStatus.PLANNED)
                .findFirst()
                .orElseThrow();
    }

    private static String text(SteeringPack pack) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pack.pdf())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}

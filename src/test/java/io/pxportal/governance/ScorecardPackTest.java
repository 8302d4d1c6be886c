package io.pxportal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.experience.Dimension;
import io.pxportal.experience.Quarter;
import io.pxportal.experience.ScoreService;
import io.pxportal.experience.Scorecard;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.i18n.Languages;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** The experience scorecard section in the steering pack: the demo's TX and PX figures in English and Arabic. */
@PortalIntegrationTest
class ScorecardPackTest {

    @Autowired
    SteeringPackService packs;

    @Autowired
    SteeringService steering;

    @Autowired
    ScoreService scores;

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void the_pack_shows_each_platforms_tx_and_px_of_the_last_complete_quarter_in_english_and_arabic()
            throws IOException {
        ReviewView planned = steering.reviews(PageRequest.of(0, 50)).stream()
                .filter(r -> r.title().startsWith("CCM steering review") && r.status() == ReviewStatus.PLANNED)
                .findFirst()
                .orElseThrow();
        PlatformRef exstream = planned.platforms().stream()
                .filter(p -> p.name().equals("Exstream Statements"))
                .findFirst()
                .orElseThrow();
        Quarter quarter = Quarter.of(planned.heldOn()).plus(-1);
        Scorecard card = scores.scorecard(exstream.id(), quarter);

        String english = text(packs.render(planned.id(), Locale.ENGLISH));
        assertThat(english)
                .contains(
                        "Experience scorecard and its drivers",
                        "Exstream Statements · " + quarter,
                        "Total Experience (TX) " + Formats.number(card.total().value(), Locale.ENGLISH),
                        "Product owner (PX) "
                                + Formats.number(card.dimension(Dimension.PX).value(), Locale.ENGLISH),
                        "Top driver " + card.drivers().getFirst().metric().name());

        String arabic = text(packs.render(planned.id(), Languages.ARABIC));
        assertThat(arabic)
                .contains(
                        "بطاقة أداء التجربة وعواملها",
                        "Exstream Statements",
                        Formats.number(card.total().value(), Languages.ARABIC),
                        Formats.number(card.dimension(Dimension.PX).value(), Languages.ARABIC));
    }

    private static String text(SteeringPack pack) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pack.pdf())) {
            // Long figures wrap inside their cell: compare the text as one line.
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}

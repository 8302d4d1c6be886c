package io.pxportal.bench;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.governance.ReviewStatus;
import io.pxportal.governance.ReviewView;
import io.pxportal.governance.SteeringPackService;
import io.pxportal.governance.SteeringService;
import io.pxportal.shared.i18n.Languages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * How long the steering pack of the demo's reviews (5 platforms each) takes to render in the portal: gathering
 * the agenda (live for the planned review, frozen for a closed one), decisions and actions, drawing the charts and
 * writing the PDF, page numbers included. Warm-up first, then the median of repeated runs. Not a test: only the
 * {@code bench} profile compiles it (src/bench/pack.sh); it writes target/bench/pack-results.md.
 */
@PortalIntegrationTest
class SteeringPackBench {

    private static final int WARMUP = Integer.getInteger("bench.pack.warmup", 20);
    private static final int RUNS = Integer.getInteger("bench.pack.runs", 50);

    @Autowired
    SteeringPackService packs;

    @Autowired
    SteeringService steering;

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void steering_pack_render_time() throws IOException {
        List<ReviewView> demo = steering.reviews(PageRequest.of(0, 50)).stream()
                .filter(r -> r.title().startsWith("CCM steering review"))
                .toList();
        ReviewView planned = demo.stream()
                .filter(r -> r.status() == ReviewStatus.PLANNED)
                .findFirst()
                .orElseThrow();
        ReviewView closed = demo.stream()
                .filter(r -> r.status() == ReviewStatus.CLOSED)
                .findFirst()
                .orElseThrow();
        long coldStart = System.nanoTime();
        packs.render(planned.id(), Locale.ENGLISH);
        long cold = (System.nanoTime() - coldStart) / 1_000_000;
        List<String> lines = new ArrayList<>();
        lines.add("| review | platforms | language | PDF bytes | median ms | p90 ms | max ms |");
        lines.add("|---|---|---|---|---|---|---|");
        measure(planned, Locale.ENGLISH, lines);
        measure(planned, Languages.ARABIC, lines);
        measure(closed, Locale.ENGLISH, lines);
        measure(closed, Languages.ARABIC, lines);
        String report = "Warm-up " + WARMUP + " renders, then " + RUNS + " timed renders per row, one after another, "
                + "in one JVM (Java " + Runtime.version()
                + ", H2 in memory, demo data). The very first render in the JVM "
                + "(fonts loaded, AWT and OpenPDF initialised) took " + cold + " ms.\n\n" + String.join("\n", lines)
                + "\n";
        Path out = Path.of(System.getProperty("bench.pack.out", "target/bench/pack-results.md"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private void measure(ReviewView review, Locale locale, List<String> lines) {
        for (int i = 0; i < WARMUP; i++) {
            packs.render(review.id(), locale);
        }
        long[] millis = new long[RUNS];
        int size = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            size = packs.render(review.id(), locale).pdf().length;
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        lines.add("| %s (%s) | %d | %s | %d | %d | %d | %d |"
                .formatted(
                        review.title(),
                        review.status().name().toLowerCase(),
                        review.platforms().size(),
                        locale.getLanguage(),
                        size,
                        millis[RUNS / 2],
                        millis[(int) Math.ceil(RUNS * 0.9) - 1],
                        millis[RUNS - 1]));
    }
}

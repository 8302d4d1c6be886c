package io.pxportal.experience;

import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.security.SystemAuthentication;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: eight quarters (up to the current one) of observations and pulse answers for every platform,
 * deterministic (fixed seeds), telling a story: the Exstream estate is steady, the OpenText cloud improves as it
 * is adopted, and Inspire's PX falls as Quadient's support slips (the pulse's support and vendor-partner answers
 * drop from 4 to 2). The SmartCOMM pilot has only two answers this quarter, so its pulse stays hidden. A second
 * catalogue version (self-service weighs more in EX) is published today: past quarters keep version 1.
 */
@Component
@Profile("demo")
@Order(50)
class ExperienceDemoData implements ApplicationRunner {

    static final int QUARTERS = 8;
    static final String INSPIRE = "Inspire Correspondence";
    private static final Logger log = LoggerFactory.getLogger(ExperienceDemoData.class);

    private final ObservationService observations;
    private final ObservationRepository repository;
    private final SurveyService survey;
    private final CatalogueService catalogues;
    private final PlatformService platforms;
    private final Clock clock;

    ExperienceDemoData(
            ObservationService observations,
            ObservationRepository repository,
            SurveyService survey,
            CatalogueService catalogues,
            PlatformService platforms,
            Clock clock) {
        this.observations = observations;
        this.repository = repository;
        this.survey = survey;
        this.catalogues = catalogues;
        this.platforms = platforms;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        Quarter now = Quarter.of(LocalDate.now(clock));
        SystemAuthentication.runAs("demo-data", () -> {
            Catalogue catalogue = catalogues.current();
            List<PlatformDetails> all = new ArrayList<>();
            for (int page = 0; ; page++) {
                List<PlatformDetails> batch =
                        platforms.page(PlatformFilter.all(), PageRequest.of(page, 100, Sort.by("id")));
                all.addAll(batch);
                if (batch.size() < 100) {
                    break;
                }
            }
            for (PlatformDetails platform : all) {
                Story story = story(platform);
                List<ObservationDraft> drafts = new ArrayList<>();
                for (int i = 0; i < QUARTERS; i++) {
                    Quarter q = now.plus(i - QUARTERS + 1);
                    if (i < story.firstQuarter()) {
                        continue;
                    }
                    for (MetricDefinition m : catalogue.metrics()) {
                        if (ObservationService.takesObservations(m)) {
                            drafts.add(
                                    new ObservationDraft(platform.id(), m.code(), q, value(m, story, i), null, null));
                        }
                    }
                    answers(platform.id(), q, story, i);
                }
                observations.push(drafts, ObservationOrigin.IMPORT);
            }
            catalogues.publish(CatalogueDraft.from(catalogue, "Steering: self-service weighs more in EX")
                    .withMetric(withWeight(catalogue.metric("ex.self-service").orElseThrow(), "40")));
        });
        log.info("Demo experience data loaded: {} quarters", QUARTERS);
    }

    /** How a platform fares: a level between floor (0) and target (1), its change per quarter, and from when. */
    private record Story(
            double level,
            double slope,
            int firstQuarter,
            long seed,
            double support,
            double supportSlope,
            int lastQuarterAnswers) {}

    private static Story story(PlatformDetails platform) {
        return switch (platform.name()) {
            case "Exstream Statements" -> new Story(0.70, 0.0, 0, 11, 3.8, 0.0, 3);
            case "OpenText Communications Cloud" -> new Story(0.35, 0.06, 0, 12, 3.2, 0.1, 4);
            case INSPIRE -> new Story(0.75, -0.02, 0, 13, 4.2, -0.3, 3);
            case "SmartCOMM Onboarding Pilot" -> new Story(0.55, 0.05, 5, 14, 3.6, 0.0, 2);
            case "Messagepoint Content Hub" -> new Story(0.50, 0.03, 3, 15, 3.9, 0.0, 3);
            default -> {
                Random random = new Random(platform.id());
                yield new Story(
                        0.3 + random.nextDouble() * 0.5,
                        (random.nextDouble() - 0.5) * 0.06,
                        0,
                        platform.id(),
                        2.5 + random.nextDouble() * 2,
                        (random.nextDouble() - 0.5) * 0.2,
                        3);
            }
        };
    }

    private static BigDecimal value(MetricDefinition m, Story story, int quarter) {
        Random noise = new Random(story.seed() * 1000 + quarter * 37L + m.code().hashCode());
        double level = Math.max(
                -0.05, Math.min(1.08, story.level() + story.slope() * quarter + (noise.nextDouble() - 0.5) * 0.12));
        BigDecimal span = m.target().subtract(m.floor());
        return m.floor().add(span.multiply(BigDecimal.valueOf(level))).setScale(2, RoundingMode.HALF_UP);
    }

    private void answers(Long platformId, Quarter q, Story story, int quarter) {
        int respondents = quarter == QUARTERS - 1 ? story.lastQuarterAnswers() : 3 + quarter % 2;
        for (int r = 1; r <= respondents; r++) {
            Random noise = new Random(story.seed() * 7919 + quarter * 101L + r);
            double support = story.support() + story.supportSlope() * quarter;
            Map<SurveyQuestion, Integer> ratings = new EnumMap<>(SurveyQuestion.class);
            for (SurveyQuestion question : SurveyQuestion.values()) {
                double mean = switch (question) {
                    case SUPPORT, VENDOR_PARTNER -> support;
                    default -> story.support() + 0.3;
                };
                ratings.put(question, (int) Math.max(1, Math.min(5, Math.round(mean + noise.nextGaussian() * 0.6))));
            }
            String comment = r == 1 && story.supportSlope() < 0 && quarter >= QUARTERS - 3
                    ? "Severity 2 tickets wait days for a first answer."
                    : null;
            survey.record(platformId, q, new SurveyAnswers(ratings, comment), "demo-respondent-" + r);
        }
    }

    private static MetricDefinition withWeight(MetricDefinition m, String weight) {
        return new MetricDefinition(
                m.code(),
                m.name(),
                m.dimension(),
                m.pillar(),
                m.unit(),
                m.direction(),
                m.floor(),
                m.target(),
                new BigDecimal(weight),
                m.source());
    }
}

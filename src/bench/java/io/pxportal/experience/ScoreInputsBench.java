package io.pxportal.experience;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * Bench-only door into the experience package (src/bench/java, never in the build): the three inputs of the scores
 * that are not derived sources — the quarters' catalogues, the observations and the pulse means — for many platforms
 * and quarters, asked as {@link ScoreService} and {@link ScoreInputs} ask them (all quarters at once), so the bench can
 * say where the rest of the time goes.
 */
public final class ScoreInputsBench {

    private ScoreInputsBench() {}

    /** The catalogue versions of the quarters up to {@code last}; returns how many metrics they hold. */
    public static int catalogues(ApplicationContext context, Quarter last, int quarters) {
        int n = 0;
        for (Catalogue catalogue : context.getBean(CatalogueService.class)
                .forPeriods(trend(last, quarters))
                .values()) {
            n += catalogue.metrics().size();
        }
        return n;
    }

    /** The observations of the platforms over the quarters, as scoring reads them; returns how many platforms had any. */
    public static int observations(
            ApplicationContext context, Collection<Long> platformIds, Quarter last, int quarters) {
        int n = 1;
        for (var quarter : context.getBean(ObservationService.class)
                .values(platformIds, trend(last, quarters))
                .values()) {
            n += quarter.size();
        }
        return n;
    }

    /** The pulse means of the platforms over the quarters; returns how many platforms had answers. */
    public static int pulse(ApplicationContext context, Collection<Long> platformIds, Quarter last, int quarters) {
        int n = 1;
        for (var quarter : context.getBean(SurveyService.class)
                .means(platformIds, trend(last, quarters))
                .values()) {
            n += quarter.size();
        }
        return n;
    }

    private static List<Quarter> trend(Quarter last, int quarters) {
        List<Quarter> trend = new ArrayList<>();
        for (int i = quarters - 1; i >= 0; i--) {
            trend.add(last.plus(-i));
        }
        return trend;
    }
}

package io.pxportal.shared.agenda;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.security.SystemAuthentication;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;

/**
 * Checks that an agenda figure is labelled with the measure the module's own view shows under that name: each
 * figure key maps to the view's label key, the two read alike in all four languages, and no figure is left out
 * of the map (a new figure must say which view label it repeats). Tests then compare the values themselves.
 */
public final class AgendaLabels {

    private static final List<String> SUFFIXES = List.of("", "_uk", "_ru", "_ar");

    private AgendaLabels() {}

    /**
     * The source's items for every platform from today to {@code ahead}: there must be some, and each of their
     * figures is labelled as the view labels the same measure.
     */
    public static void assertEachFigureNamedAsInTheView(
            AgendaSource source, PlatformService platforms, Period ahead, Map<String, String> figureToView) {
        List<AgendaItem> items = items(source, platforms, LocalDate.now(), ahead);
        assertThat(items).isNotEmpty();
        assertNamedAsInTheView(items, figureToView);
    }

    /** The source's items for every platform from {@code asOf} to {@code ahead} later, read as the system user. */
    public static List<AgendaItem> items(AgendaSource source, PlatformService platforms, LocalDate asOf, Period ahead) {
        Set<Long> all = platforms.page(PlatformFilter.all(), PageRequest.of(0, 100)).stream()
                .map(PlatformDetails::id)
                .collect(Collectors.toSet());
        List<AgendaItem> items = new ArrayList<>();
        SystemAuthentication.runAs(
                "steering-agenda", () -> items.addAll(source.items(new AgendaScope(all, asOf, asOf.plus(ahead)))));
        return items;
    }

    /** Every figure of the items has a view label in {@code figureToView}, and each pair reads the same. */
    public static void assertNamedAsInTheView(List<AgendaItem> items, Map<String, String> figureToView) {
        Set<String> used = new TreeSet<>();
        items.forEach(i -> i.figures().forEach(f -> used.add(f.labelKey())));
        assertThat(figureToView.keySet())
                .as("agenda figures with the view label they repeat")
                .containsAll(used);
        assertSameTexts(figureToView);
    }

    /** Each agenda label key reads as its view label key, in English, Ukrainian, Russian and Arabic. */
    public static void assertSameTexts(Map<String, String> figureToView) {
        for (String suffix : SUFFIXES) {
            Properties bundle = bundle(suffix);
            figureToView.forEach((figure, view) -> assertThat(bundle.getProperty(figure))
                    .as("%s%s reads as the view's %s", figure, suffix, view)
                    .isNotNull()
                    .isEqualTo(bundle.getProperty(view)));
        }
    }

    private static Properties bundle(String suffix) {
        Properties application = load("application.properties");
        Properties merged = new Properties();
        Stream.of(application.getProperty("spring.messages.basename").split(","))
                .map(String::trim)
                .filter(b -> !b.isEmpty())
                .forEach(b -> merged.putAll(load(b + suffix + ".properties")));
        return merged;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = AgendaLabels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}

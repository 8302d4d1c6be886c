package io.pxportal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every route has a browserless test that opens it: a test source navigates to the view by its class or by its
 * route. A new view without one fails here, so what users reach is never untested.
 */
class EveryRouteTestedTest {

    private static final Path TESTS = Path.of("src/test/java");

    @Test
    void every_route_is_opened_by_a_browserless_test() throws IOException {
        String tests = testSources();

        List<String> untested = routes().stream()
                .filter(view -> !opened(tests, view))
                .map(view -> view.getSimpleName() + " (" + route(view) + ")")
                .sorted()
                .toList();

        assertThat(untested).as("routes no browserless test opens").isEmpty();
    }

    @Test
    void the_check_sees_the_routes_and_the_tests_it_judges() throws IOException {
        assertThat(routes()).hasSizeGreaterThan(30);
        assertThat(opened("navigate(PortfolioView.class)", io.pxportal.portfolio.ui.PortfolioView.class))
                .isTrue();
        assertThat(opened("navigate(\"platforms\", Map.of())", io.pxportal.portfolio.ui.PlatformsView.class))
                .isTrue();
        assertThat(opened("navigate(PortfolioViewX.class)", io.pxportal.portfolio.ui.PortfolioView.class))
                .isFalse();
    }

    private static boolean opened(String tests, Class<?> view) {
        String byClass = "navigate\\(\\s*" + Pattern.quote(view.getSimpleName()) + "\\.class";
        String path = route(view).replaceAll("/?:.*$", "");
        String byRoute = "navigate\\(\\s*\"" + Pattern.quote(path) + "[\"/?]";
        return Pattern.compile(byClass).matcher(tests).find()
                || Pattern.compile(byRoute).matcher(tests).find();
    }

    private static String route(Class<?> view) {
        return view.getAnnotation(Route.class).value();
    }

    private static List<Class<?>> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("io.pxportal").stream()
                .<Class<?>>map(definition -> load(Objects.requireNonNull(definition.getBeanClassName())))
                .toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String testSources() throws IOException {
        try (Stream<Path> files = Files.walk(TESTS)) {
            StringBuilder all = new StringBuilder();
            for (Path file :
                    files.filter(f -> f.toString().endsWith("Test.java")).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
            return all.toString();
        }
    }
}

package io.pxportal.counts;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import io.pxportal.StatementCountTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Catches a view whose SQL grows with the data (a query per platform, contract or ticket) without timing anything:
 * each view is rendered as a browser would on first load — navigated to, and every grid's first page fetched —
 * with {@link #STEP} platforms added, and again with twice as many; the statements of the second render (the first
 * warms up) are counted both times. A view may send {@link #ALLOWED_GROWTH} more statements at the larger size
 * (fewer than one per added platform); more fails, naming the view, both counts and the statements that grew.
 */
@StatementCountTest
@ViewPackages(packages = "io.pxportal")
abstract class StatementCountViewTest extends SpringBrowserlessTest {

    /** Platforms added per size: with the demo's five, both sizes fit on the portfolio's first page of cards. */
    static final int STEP = 4;
    /** More than this at twice the data is growth with the data, not a constant. */
    static final int ALLOWED_GROWTH = 2;
    /** Where a render starts from: a page none of these tests measures. */
    private static final String AWAY = "decisions";

    private static final Logger log = LoggerFactory.getLogger(StatementCountViewTest.class);

    @Autowired
    PortfolioGrowth growth;

    /** A view's first render, from navigation to the grids' first pages. */
    record Render(String view, Runnable render) {}

    /** The renders of this test, built once the first {@link #STEP} platforms exist (some need their ids). */
    abstract List<Render> renders();

    /** Measures every render at two sizes of the portfolio and compares them per view. */
    Stream<DynamicTest> compareAtTwoSizes() {
        growth.add(STEP);
        List<Render> renders = renders();
        Map<String, List<StatementCounter.Sent>> small = measure(renders);
        growth.add(STEP);
        Map<String, List<StatementCounter.Sent>> large = measure(renders);
        renders.forEach(r -> log.info(
                "SQL statements of {}: {} with {} added platforms, {} with {}",
                r.view(),
                small.get(r.view()).size(),
                STEP,
                large.get(r.view()).size(),
                2 * STEP));
        return renders.stream()
                .map(r -> DynamicTest.dynamicTest(
                        String.format(
                                "%s: %d → %d statements",
                                r.view(),
                                small.get(r.view()).size(),
                                large.get(r.view()).size()),
                        () -> assertNoGrowth(r.view(), small.get(r.view()), large.get(r.view()))));
    }

    private Map<String, List<StatementCounter.Sent>> measure(List<Render> renders) {
        Map<String, List<StatementCounter.Sent>> counted = new LinkedHashMap<>();
        for (Render render : renders) {
            render.render().run();
            // away first: navigating to the view already shown would keep its instance and build nothing
            go(AWAY);
            counted.put(render.view(), StatementCounter.record(render.render()));
            go(AWAY);
        }
        return counted;
    }

    static void assertNoGrowth(String view, List<StatementCounter.Sent> small, List<StatementCounter.Sent> large) {
        assertThat(large.size())
                .as(
                        "%s sends %d SQL statements with %d added platforms and %d with %d; statements that grew:%n%s",
                        view, small.size(), STEP, large.size(), 2 * STEP, grown(small, large))
                .isLessThanOrEqualTo(small.size() + ALLOWED_GROWTH);
    }

    /** The statements (with where they were sent from) sent more often at the larger size, most grown first. */
    static String grown(List<StatementCounter.Sent> small, List<StatementCounter.Sent> large) {
        Map<StatementCounter.Sent, Long> before =
                small.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<StatementCounter.Sent, Long> after =
                large.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return after.entrySet().stream()
                .filter(e -> e.getValue() > before.getOrDefault(e.getKey(), 0L))
                .sorted(Comparator.comparingLong((Map.Entry<StatementCounter.Sent, Long> e) ->
                        before.getOrDefault(e.getKey(), 0L) - e.getValue()))
                .limit(6)
                .map(e -> "  " + before.getOrDefault(e.getKey(), 0L) + " → " + e.getValue() + "×  "
                        + abbreviate(e.getKey().sql()) + "\n      from "
                        + e.getKey().origin())
                .collect(Collectors.joining("\n"));
    }

    private static String abbreviate(String sql) {
        return sql.length() > 160 ? sql.substring(0, 160) + " …" : sql;
    }

    /** Navigates as the browser would and fetches every grid's first page, as its client asks on first render. */
    void open(String location) {
        go(location);
        loadGrids();
    }

    /** Navigates to a location with its query, as a link in the portal does. */
    static void go(String location) {
        int query = location.indexOf('?');
        UI.getCurrent()
                .navigate(
                        query < 0 ? location : location.substring(0, query),
                        query < 0
                                ? QueryParameters.empty()
                                : QueryParameters.fromString(location.substring(query + 1)));
    }

    void loadGrids() {
        for (Component c : everyComponent(UI.getCurrent())) {
            if (c instanceof Grid<?> grid && grid.isVisible()) {
                grid.getDataCommunicator().setViewportRange(0, grid.getPageSize());
            }
        }
        roundTrip();
    }

    private static List<Component> everyComponent(Component root) {
        List<Component> all = new ArrayList<>();
        List<Component> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Component c = todo.removeLast();
            all.add(c);
            c.getChildren().forEach(todo::add);
        }
        return all;
    }
}

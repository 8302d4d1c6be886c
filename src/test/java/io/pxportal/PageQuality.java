package io.pxportal;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a browser test measures of a page beyond its content: how far the layout shifts while it loads, the axe
 * accessibility rules, and how long a click takes until the screen is updated.
 */
final class PageQuality {

    /**
     * Sums every layout shift without recent input from the first paint on; installed before any page script so
     * that the shifts of the first render (the shell styled late, a chart without its size) are counted too.
     */
    private static final String LAYOUT_SHIFT_OBSERVER = """
            window.pxLayoutShift = 0;
            window.pxLayoutShifts = [];
            new PerformanceObserver(list => {
              for (const entry of list.getEntries()) {
                if (!entry.hadRecentInput) {
                  window.pxLayoutShift += entry.value;
                  window.pxLayoutShifts.push({value: entry.value, sources: (entry.sources || []).map(s =>
                    s.node ? (s.node.id || s.node.localName || s.node.nodeName) : '?')});
                }
              }
            }).observe({type: 'layout-shift', buffered: true});
            """;

    /** Resolves once Vaadin has no request in flight for two frames in a row, and the page's images are in. */
    private static final String SETTLED = """
            async () => {
              const frame = () => new Promise(resolve => requestAnimationFrame(() => resolve()));
              const busy = () => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients
                || Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())
                || [...document.images].some(i => !i.complete);
              let quiet = 0;
              while (quiet < 2) {
                await frame();
                quiet = busy() ? 0 : quiet + 1;
              }
              return performance.now();
            }
            """;

    /** The axe rules of WCAG 2.1 A and AA, and the best practices (landmarks, one main, headings). */
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private PageQuality() {}

    /** Counts layout shifts in every page the context opens from now on. */
    static void observeLayoutShifts(BrowserContext context) {
        context.addInitScript(LAYOUT_SHIFT_OBSERVER);
    }

    /** Waits until the page has nothing in flight (Vaadin requests, images) and returns the page clock then. */
    static double settle(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return ((Number) page.evaluate(SETTLED)).doubleValue();
    }

    /** The layout shift of the page so far, once it has settled. */
    static double layoutShift(Page page) {
        settle(page);
        // one more frame, so that the shift of the last paint is reported
        page.waitForTimeout(200);
        return ((Number) page.evaluate("() => window.pxLayoutShift")).doubleValue();
    }

    /** What shifted, for the failure message: each shift's value and the elements that moved. */
    static String layoutShiftSources(Page page) {
        return String.valueOf(page.evaluate("() => JSON.stringify(window.pxLayoutShifts)"));
    }

    /** The serious and critical axe violations of the page as shown, one line each with the elements concerned. */
    static List<String> seriousAccessibilityViolations(Page page) {
        // Copilot is Vaadin's development tool: on the test classpath, never in the jar (README, spring-boot excludes)
        AxeResults results =
                new AxeBuilder(page).withTags(AXE_TAGS).exclude("copilot-main").analyze();
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            String impact = rule.getImpact() == null ? "" : rule.getImpact().toLowerCase(Locale.ROOT);
            if (Set.of("serious", "critical").contains(impact) && !tabsScrollArea(rule)) {
                found.add(impact + " " + rule.getId() + ": " + rule.getHelp() + " — "
                        + rule.getNodes().stream()
                                .limit(5)
                                .map(n -> n.getTarget() + " (" + n.getFailureSummary() + ")")
                                .collect(Collectors.joining(", ")));
            }
        }
        return found;
    }

    /**
     * Vaadin's tabs (25.2) make the scroll area in their own shadow DOM focusable, a child the tab list role does
     * not allow: a defect of the component, not of the portal's markup, to be lifted when Vaadin fixes it.
     */
    private static boolean tabsScrollArea(Rule rule) {
        return "aria-required-children".equals(rule.getId())
                && rule.getNodes().stream()
                        .allMatch(n -> String.valueOf(n.getTarget()).equals("[vaadin-tabs]")
                                && String.valueOf(n.getFailureSummary()).contains("not allowed: div[tabindex]"));
    }

    /**
     * Times an action from just before it starts to the screen settled after it, in the page's own clock (the
     * driver's round trip to start the action is included, so these are upper bounds).
     */
    static double timeToSettled(Page page, Runnable action) {
        double start = ((Number) page.evaluate("() => performance.now()")).doubleValue();
        action.run();
        return settle(page) - start;
    }

    /** Runs {@code action} {@code runs} times, resetting with {@code reset} in between, and returns the timings. */
    static List<Double> timings(Page page, int runs, Runnable action, Runnable reset) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(timeToSettled(page, action));
            reset.run();
            settle(page);
        }
        return times;
    }

    /** The nearest-rank percentile of the timings. */
    static double percentile(List<Double> times, int percent) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}

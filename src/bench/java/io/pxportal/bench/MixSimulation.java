package io.pxportal.bench;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.pxportal.bench.VaadinClient.nodeId;
import static io.pxportal.bench.VaadinClient.nodeOfTag;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A Monday morning of the portal on PostgreSQL: every virtual user follows its role's path, with think time, in
 * a loop until the steady window ends, then logs out ({@link VaadinClient} speaks the UIDL protocol).
 * <ul>
 *   <li>product owner (olena, marc): portfolio cards; contracts, open a contract's editor and its renewal tab;
 *       licences, open an entitlement's licence position; alerts;</li>
 *   <li>finance (finance): finance overview, the previous fiscal year, the forecast tab; cost lines filtered by
 *       category and scrolled; budgets;</li>
 *   <li>steering (steering): the experience scorecard; the roadmap heatmap; the open (planned) review with its
 *       agenda sections; once per user, the steering pack: download the PDF (rendered when its link is asked for);</li>
 *   <li>support (olena, marc: the product owners answer for their vendors' tickets): vendor support's tickets,
 *       the compliance tab, back to the tickets, scrolled, then the alerts inbox.</li>
 * </ul>
 * Round trips are named {@code "view · action"}, so {@link RoundTrips} reports every view as well as every action.
 * A grid sends its first rows with the navigation: row keys are taken from there; only filters and scrolls ask
 * for more.
 *
 * <p>Parameters (system properties, see the {@code bench} profile): {@code bench.users} in all, shared out by
 * {@code bench.mix} ({@code productOwner=40,finance=20,steering=15,support=25}, weights); ramp, steady window,
 * think time and loop bound as {@link PortalSimulation}. With {@code bench.pgUrl} (a JDBC URL of the portal's
 * PostgreSQL) it also reports the database's busy time over the run: {@code pg_stat_database.active_time} of the
 * portal's database, after minus before; backends report it at most every 10 s when idle, so both readings wait
 * 11 s for the idle portal's backends to report.
 */
public class MixSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("bench.baseUrl", "http://127.0.0.1:8094");
    private static final int USERS = Integer.getInteger("bench.users", 50);
    private static final String MIX =
            System.getProperty("bench.mix", "productOwner=40,finance=20,steering=15,support=25");
    private static final int RAMP_SECONDS = Integer.getInteger("bench.rampSeconds", 30);
    private static final int STEADY_SECONDS = Integer.getInteger("bench.steadySeconds", 120);
    private static final int MAX_ITERATIONS = Integer.getInteger("bench.maxIterations", 20);
    private static final int THINK_MIN = Integer.getInteger("bench.thinkMillisMin", 1000);
    private static final int THINK_MAX = Integer.getInteger("bench.thinkMillisMax", 2000);
    private static final String LABEL = System.getProperty("bench.label", "load-mix");
    private static final Path RESULTS = Path.of(System.getProperty("bench.resultsDir", "target/bench"));
    private static final String PG_URL = System.getProperty("bench.pgUrl", "");
    private static final String PASSWORD = System.getProperty("bench.password", "demo");
    /** A failed request does not end the user: it logs in again and goes on (the database fault benchmark). */
    private static final boolean RECOVER = Boolean.parseBoolean(System.getProperty("bench.recover", "false"));

    private static final long STATS_SETTLE_MILLIS = 11_000;
    /** The server changed something in the page (a value change that redraws charts and figures). */
    private static final CheckBuilder CHANGED = regex("\"changes\":\\[\\{").exists();

    private static final Map<String, List<String>> LOGINS = Map.of(
            "productOwner",
            List.of("olena", "marc"),
            "finance",
            List.of("finance"),
            "steering",
            List.of("steering"),
            "support",
            List.of("olena", "marc"));

    private final RoundTrips roundTrips = new RoundTrips();
    private final VaadinClient client = new VaadinClient(roundTrips, PASSWORD, RECOVER);
    private final Map<String, Integer> users = shares(USERS, MIX);
    private double dbActiveBefore;
    private long startedAt;

    {
        HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
                .acceptLanguageHeader("en")
                .userAgentHeader("px-portal-bench (Gatling)")
                .disableCaching();
        Map<String, ChainBuilder> paths = Map.of(
                "productOwner", productOwner(), "finance", finance(), "steering", steering(), "support", support());
        List<PopulationBuilder> populations = new ArrayList<>();
        users.forEach((role, count) -> {
            if (count > 0) {
                populations.add(scenario(role)
                        .feed(logins(LOGINS.get(role)))
                        .exec(RECOVER ? client.loginUntilOk() : client.login())
                        .exitHereIfFailed()
                        .asLongAsDuring(
                                s -> s.getInt("iteration") < MAX_ITERATIONS && client.steadyWindowOpen(),
                                Duration.ofSeconds(RAMP_SECONDS + STEADY_SECONDS),
                                "iteration")
                        .on(paths.get(role), recovery())
                        .exec(RECOVER ? doIf(s -> s.contains("loggedIn")).then(client.logout()) : client.logout())
                        .injectOpen(rampUsers(count).during(Duration.ofSeconds(RAMP_SECONDS))));
            }
        });
        setUp(populations)
                .protocols(protocol)
                // room for the last loop to end and the steering packs (rendered at the end of a path) to finish
                .maxDuration(Duration.ofSeconds(RAMP_SECONDS + STEADY_SECONDS + 300L));
    }

    @Override
    public void before() {
        if (!PG_URL.isEmpty()) {
            settle();
            dbActiveBefore = dbActiveMillis();
        }
        startedAt = System.currentTimeMillis();
        client.window(RAMP_SECONDS, STEADY_SECONDS);
    }

    @Override
    public void after() {
        long wallMillis = System.currentTimeMillis() - startedAt;
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("users", USERS);
        parameters.put("mix", users.toString().replace(" ", ""));
        parameters.put("rampSeconds", RAMP_SECONDS);
        parameters.put("steadySeconds", STEADY_SECONDS);
        parameters.put("maxIterations", MAX_ITERATIONS);
        parameters.put("thinkMillis", THINK_MIN + "-" + THINK_MAX);
        parameters.put("baseUrl", BASE_URL);
        parameters.put("recover", RECOVER);
        if (!PG_URL.isEmpty()) {
            settle();
            double active = dbActiveMillis() - dbActiveBefore;
            long trips = roundTrips.wholeRun();
            roundTrips.note(String.format(
                    "database busy (pg_stat_database.active_time) in the whole run: %.0f ms "
                            + "over %d ms wall time = db time share %.3f (average busy backends); %.1f ms per round trip",
                    active, wallMillis, active / wallMillis, trips == 0 ? 0 : active / trips));
        }
        try {
            roundTrips.write(RESULTS, LABEL, parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the paths -------------------------------------------------------------------------------------------

    private ChainBuilder productOwner() {
        return exec(
                client.navigate(
                        "portfolio · cards", "", substring("\"platform-cards\"").exists()),
                think(),
                client.navigate(
                        "contracts · open",
                        "contracts",
                        nodeId("contracts-grid", "gridNode"),
                        firstRowKey("contracts-grid")),
                think(),
                client.clickRow(
                        "contracts · open editor",
                        "gridNode",
                        "rowKey",
                        substring("\"editor-dialog\"").exists(),
                        nodeId("editor-cancel", "cancelNode"),
                        nodeOfTag("vaadin-tabs", "tabsNode")),
                think(),
                client.selectTab(
                        "contracts · renewal tab",
                        "tabsNode",
                        1,
                        substring("\"renewal-explanation\"").exists()),
                think(),
                client.click("contracts · close editor", "cancelNode"),
                think(),
                client.navigate(
                        "licences · open",
                        "licences",
                        nodeId("licences-grid", "gridNode"),
                        firstRowKey("licences-grid")),
                think(),
                client.clickRow(
                        "licences · open entitlement",
                        "gridNode",
                        "rowKey",
                        substring("\"editor-dialog\"").exists(),
                        nodeId("editor-cancel", "cancelNode"),
                        nodeOfTag("vaadin-tabs", "tabsNode")),
                think(),
                client.selectTab(
                        "licences · position tab",
                        "tabsNode",
                        1,
                        substring("\"position-figures\"").exists()),
                think(),
                client.click("licences · close editor", "cancelNode"),
                think(),
                client.navigate("alerts · open", "alerts", nodeId("alerts-grid", "gridNode")),
                think());
    }

    private ChainBuilder finance() {
        return exec(
                client.navigate(
                        "finance · open",
                        "finance",
                        nodeId("finance-fiscal-year", "yearNode"),
                        substring("\"finance-variance-grid\"").exists(),
                        nodeOfTag("vaadin-tabs", "tabsNode")),
                think(),
                // the select's items have the keys 1-4 for the fiscal years current - 2 to current + 1
                client.pick("finance · previous fiscal year", "yearNode", s -> "2", CHANGED),
                think(),
                client.selectTab(
                        "finance · forecast tab",
                        "tabsNode",
                        1,
                        substring("\"forecast-grid\"").exists()),
                think(),
                client.navigate(
                        "cost lines · open",
                        "finance/costs",
                        nodeId("costs-grid", "gridNode"),
                        nodeId("costs-category", "categoryNode"),
                        VaadinClient.ROWS_SENT),
                think(),
                // keys 1-6: the categories in their order (2 = maintenance); "" is "all categories"
                client.pick("cost lines · filter category", "categoryNode", s -> "2", VaadinClient.ROWS_SENT),
                think(),
                client.scroll("cost lines · scroll", "gridNode", 50),
                think(),
                client.navigate(
                        "budgets · open",
                        "finance/settings",
                        nodeId("budgets-grid", "gridNode"),
                        VaadinClient.ROWS_SENT),
                think());
    }

    private ChainBuilder steering() {
        return exec(
                client.navigate(
                        "scorecard · open",
                        "experience/scorecard",
                        substring("\"scorecard-view\"").exists()),
                think(),
                client.navigate(
                        "roadmap · heatmap",
                        "roadmap",
                        substring("\"roadmap-quarter\"").exists()),
                think(),
                client.navigate(
                        "reviews · open",
                        "reviews",
                        nodeId("reviews-grid", "gridNode"),
                        // the open review: the row showing the status "Planned", in a cell or its tooltip
                        VaadinClient.rowKey("reviews-grid", GridRows.showing("Planned"), "rowKey")),
                think(),
                client.clickRow(
                        "review · open with sections",
                        "gridNode",
                        "rowKey",
                        substring("\"review-agenda\"").exists(),
                        VaadinClient.property("review-pack", "href", "packUrl")),
                think(),
                doIf(s -> !s.contains("packDone")).then(pack()));
    }

    /** Download the PDF with the pack link of the review page: the server renders it when the link is asked for. */
    private ChainBuilder pack() {
        return exec(client.download("review · download pack", "packUrl", 10_000), exec(s -> s.set("packDone", true)));
    }

    private ChainBuilder support() {
        return exec(
                client.navigate(
                        "support · tickets",
                        "support",
                        nodeId("tickets-grid", "gridNode"),
                        nodeOfTag("vaadin-tabs", "tabsNode"),
                        VaadinClient.ROWS_SENT),
                think(),
                client.selectTab(
                        "support · compliance tab",
                        "tabsNode",
                        1,
                        substring("\"compliance-grid\"").exists()),
                think(),
                client.selectTab("support · back to tickets", "tabsNode", 0),
                client.scroll("support · scroll tickets", "gridNode", 50),
                think(),
                // Ends elsewhere, like every other path: navigating to the view a UI already shows reuses it, so
                // the next loop's first step would get no new grid to work with.
                client.navigate("alerts · open", "alerts", nodeId("alerts-grid", "gridNode")),
                think());
    }

    private ChainBuilder think() {
        // a user whose step failed skips the rest of the path without waiting, to log in again
        return client.guarded(VaadinClient.think(THINK_MIN, THINK_MAX));
    }

    /** In recovery mode, a user whose step failed logs in again before its next loop. */
    private ChainBuilder recovery() {
        if (!RECOVER) {
            return exec(s -> s);
        }
        return exec(doIf(s -> s.contains(VaadinClient.BROKEN))
                .then(exec(s -> s.remove(VaadinClient.BROKEN).remove("loggedIn")), client.loginUntilOk()));
    }

    /**
     * The item key of the first row the grid with this id was sent with the navigation, read as JSON: rows are
     * {@code {"key":"3","gridtooltips":{…},"col0":…}} or however the grid's columns shape them.
     */
    private static CheckBuilder firstRowKey(String gridId) {
        return VaadinClient.rowKey(gridId, GridRows::any, "rowKey");
    }

    // --- set-up ----------------------------------------------------------------------------------------------

    private static Iterator<Map<String, Object>> logins(List<String> names) {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> Map.<String, Object>of(
                        "username", names.get(Math.floorMod(next.getAndIncrement(), names.size()))))
                .iterator();
    }

    /** The users of each role: {@code total} shared out by the weights, the remainders to the largest fractions. */
    static Map<String, Integer> shares(int total, String mix) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String part : mix.split(",")) {
            String[] kv = part.trim().split("=");
            if (!LOGINS.containsKey(kv[0].trim())) {
                throw new IllegalArgumentException("bench.mix: unknown role " + kv[0] + ", known: " + LOGINS.keySet());
            }
            weights.put(kv[0].trim(), Double.valueOf(kv[1].trim()));
        }
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Integer> shares = new LinkedHashMap<>();
        weights.forEach((role, w) -> shares.put(role, (int) Math.floor(total * w / sum)));
        int left = total - shares.values().stream().mapToInt(Integer::intValue).sum();
        List<String> byFraction = weights.keySet().stream()
                .sorted((a, b) -> Double.compare(total * weights.get(b) / sum % 1, total * weights.get(a) / sum % 1))
                .toList();
        for (int i = 0; i < left; i++) {
            shares.merge(byFraction.get(i % byFraction.size()), 1, Integer::sum);
        }
        return shares;
    }

    private static void settle() {
        try {
            Thread.sleep(STATS_SETTLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double dbActiveMillis() {
        try (Connection c = DriverManager.getConnection(PG_URL);
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("select active_time from pg_stat_database where datname = current_database()")) {
            rs.next();
            return rs.getDouble(1);
        } catch (SQLException e) {
            throw new IllegalStateException("pg_stat_database not readable at " + PG_URL, e);
        }
    }
}

package io.pxportal.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Load test of the portal's Vaadin views over HTTP, speaking Vaadin's UIDL protocol like the browser client:
 * each virtual user logs in (form POST with the CSRF token of the login page), creates a UI
 * ({@code GET /?v-r=init}), then loops: portfolio → platforms (type a search, scroll the grid) → vendors
 * (search, scroll), with think time; at the end it logs out. Every UIDL POST must answer without
 * {@code appError}, {@code sessionExpired} or the portal's error notification (Vaadin errors answer 200).
 *
 * <p>Every loop is bounded in count ({@code bench.maxIterations}) and time (ramp + {@code bench.steadySeconds}),
 * and the whole run by {@code maxDuration}. Parameters are system properties, see the {@code bench} profile.
 */
public class PortalSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("bench.baseUrl", "http://127.0.0.1:8091");
    private static final int USERS = Integer.getInteger("bench.users", 50);
    private static final int RAMP_SECONDS = Integer.getInteger("bench.rampSeconds", 30);
    private static final int STEADY_SECONDS = Integer.getInteger("bench.steadySeconds", 120);
    private static final int MAX_ITERATIONS = Integer.getInteger("bench.maxIterations", 20);
    private static final int THINK_MIN = Integer.getInteger("bench.thinkMillisMin", 1000);
    private static final int THINK_MAX = Integer.getInteger("bench.thinkMillisMax", 2000);
    private static final String LABEL = System.getProperty("bench.label", "load");
    private static final Path RESULTS = Path.of(System.getProperty("bench.resultsDir", "target/bench"));

    private static final List<String> DEMO_USERS = List.of("admin", "olena", "marc", "finance", "steering", "auditor");
    private static final String PASSWORD = System.getProperty("bench.password", "demo");

    /** What the portal's error handler and Vaadin put into a 200 response when something broke. */
    private static final List<String> ERROR_MARKERS = List.of("appError", "\"sessionExpired\"",
            "Something went wrong", "You are not allowed to do that");

    /** Searches and scrolls must bring grid rows (the search terms match ~300 platforms, ~100 vendors). */
    private static final CheckBuilder ROWS_SENT = substring("$connector.set($1,$2)").exists();

    private final RoundTrips roundTrips = new RoundTrips();
    private volatile long measureFrom;
    private volatile long deadline;

    {
        HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
                .acceptLanguageHeader("en")
                .userAgentHeader("px-portal-bench (Gatling)")
                .disableCaching();

        AtomicInteger next = new AtomicInteger();
        Iterator<Map<String, Object>> users = Stream.generate(() -> Map.<String, Object>of("username",
                DEMO_USERS.get(Math.floorMod(next.getAndIncrement(), DEMO_USERS.size())))).iterator();

        ScenarioBuilder scenario = scenario("portal user")
                .feed(users)
                .exec(login())
                .exitHereIfFailed()
                .asLongAsDuring(s -> s.getInt("iteration") < MAX_ITERATIONS && System.currentTimeMillis() < deadline,
                        Duration.ofSeconds(RAMP_SECONDS + STEADY_SECONDS), "iteration")
                .on(exec(portfolio(), think(), platforms(), think(), vendors(), think()))
                .exec(logout());

        setUp(scenario.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP_SECONDS))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(RAMP_SECONDS + STEADY_SECONDS + 60L));
    }

    @Override
    public void before() {
        long now = System.currentTimeMillis();
        measureFrom = now + RAMP_SECONDS * 1000L;
        deadline = measureFrom + STEADY_SECONDS * 1000L;
    }

    @Override
    public void after() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("users", USERS);
        parameters.put("rampSeconds", RAMP_SECONDS);
        parameters.put("steadySeconds", STEADY_SECONDS);
        parameters.put("maxIterations", MAX_ITERATIONS);
        parameters.put("thinkMillis", THINK_MIN + "-" + THINK_MAX);
        parameters.put("baseUrl", BASE_URL);
        try {
            roundTrips.write(RESULTS, LABEL, parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the journey ---------------------------------------------------------------------------------------

    private ChainBuilder login() {
        return exec(http("login page").get("/login")
                        .check(responseTimeInMillis().saveAs("rt"), status().is(200),
                                regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
                .exec(s -> other("login page", s))
                .exitHereIfFailed()
                // Spring Security answers 302 to "/" (or to /login?error); Gatling follows it. Its time
                // (bcrypt) is in Gatling's report as "login".
                .exec(http("login").post("/login")
                        .formParam("username", "#{username}")
                        .formParam("password", PASSWORD)
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(200), currentLocationRegex("/login").notExists()))
                .exitHereIfFailed()
                .exec(http("ui init").get("/?v-r=init&location=&query=")
                        .check(responseTimeInMillis().saveAs("rt"), status().is(200),
                                jsonPath("$.appConfig['v-uiId']").ofInt().saveAs("uiId"),
                                jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("securityKey"),
                                jsonPath("$.appConfig.uidl.syncId").ofInt().saveAs("syncId"),
                                jsonPath("$.appConfig.uidl.clientId").ofInt().saveAs("clientId")))
                .exec(s -> other("ui init", s))
                .exec(s -> s.set("historyIndex", 0).set("pending", List.of()));
    }

    /** Login page and UI init: recorded apart from the round trips; they happen during the ramp. */
    private Session other(String name, Session s) {
        if (s.isFailed()) {
            roundTrips.error("(ramp, not uidl) " + name);
        } else if (s.contains("rt")) {
            roundTrips.recordOther("(ramp, not uidl) " + name, s.getInt("rt"));
        }
        return s.remove("rt");
    }

    private ChainBuilder portfolio() {
        // The shell (with the logout button) is sent only with the first view; later views reuse it
        return navigate("portfolio", "", substring("\"portfolio-view\"").exists(),
                jsonPath(nodeIdPath("logout")).ofInt().find().optional().saveAs("logoutNode"));
    }

    private ChainBuilder platforms() {
        return exec(
                navigate("platforms", "platforms", nodeId("platforms-grid", "gridNode"),
                        nodeId("platforms-search", "searchNode")),
                pause(Duration.ofMillis(THINK_MIN), Duration.ofMillis(THINK_MAX)),
                search("platforms", "demo"),
                pause(Duration.ofMillis(300), Duration.ofMillis(700)),
                search("platforms", "demo platform 00"),
                pause(Duration.ofMillis(THINK_MIN), Duration.ofMillis(THINK_MAX)),
                scroll("platforms", 50), pause(Duration.ofMillis(300), Duration.ofMillis(800)),
                scroll("platforms", 100), pause(Duration.ofMillis(300), Duration.ofMillis(800)),
                scroll("platforms", 150), pause(Duration.ofMillis(300), Duration.ofMillis(800)),
                scroll("platforms", 250));
    }

    private ChainBuilder vendors() {
        return exec(
                navigate("vendors", "vendors", nodeId("vendors-grid", "gridNode"),
                        nodeId("vendors-search", "searchNode")),
                pause(Duration.ofMillis(THINK_MIN), Duration.ofMillis(THINK_MAX)),
                search("vendors", "demo"),
                pause(Duration.ofMillis(THINK_MIN), Duration.ofMillis(THINK_MAX)),
                scroll("vendors", 50), pause(Duration.ofMillis(300), Duration.ofMillis(800)),
                scroll("vendors", 0));
    }

    private ChainBuilder logout() {
        // The logout answer is meant to say "sessionExpired", so it is checked apart from the round trips
        return exec(http("logout").post(uidlUrl())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(s -> message(s, clickRpc(s.getInt("logoutNode")))))
                .check(status().is(200), substring("sessionExpired").exists()));
    }

    private ChainBuilder think() {
        return pause(Duration.ofMillis(THINK_MIN), Duration.ofMillis(THINK_MAX));
    }

    // --- Vaadin round trips --------------------------------------------------------------------------------

    private ChainBuilder navigate(String view, String route, CheckBuilder... checks) {
        return exec(s -> s.set("historyIndex", s.getInt("historyIndex") + 1))
                .exec(uidl("nav " + view, s -> "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":"
                        + "{\"route\":\"" + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":"
                        + s.getInt("historyIndex") + "},\"trigger\":\"\"}}", checks));
    }

    /** Typing: the text field syncs its value, then fires the (debounced) input event. */
    private ChainBuilder search(String view, String text) {
        return uidl("search " + view, s -> {
            int node = s.getInt("searchNode");
            return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":\""
                    + json(text) + "\"},{\"type\":\"event\",\"node\":" + node + ",\"event\":\"input\",\"data\":{}}";
        }, ROWS_SENT);
    }

    /** Scrolling: the grid connector asks the server for the rows of the new viewport. */
    private ChainBuilder scroll(String view, int firstRow) {
        return uidl("scroll " + view, s -> "{\"type\":\"publishedEventHandler\",\"node\":" + s.getInt("gridNode")
                + ",\"templateEventMethodName\":\"setViewportRange\",\"templateEventMethodArgs\":[" + firstRow
                + ",50],\"promise\":0}", ROWS_SENT);
    }

    private ChainBuilder uidl(String name, Function<Session, String> rpc, CheckBuilder... extraChecks) {
        List<CheckBuilder> checks = new ArrayList<>();
        checks.add(responseTimeInMillis().saveAs("rt"));
        checks.add(status().is(200));
        for (String marker : ERROR_MARKERS) {
            checks.add(substring(marker).notExists());
        }
        checks.add(regex("\"syncId\":(\\d+)").find().transform(Integer::valueOf).saveAs("syncId"));
        checks.add(regex("\"clientId\":(\\d+)").find().transform(Integer::valueOf).saveAs("clientId"));
        // The grid connector confirms every data update it receives; we send those confirmations along with
        // the next message.
        checks.add(regex("\\{\"@v-node\":(\\d+)},(\\d+),\"return \\$0\\.\\$connector\\.confirm\\(\\$1\\)\"")
                .captureGroups(2).findAll().optional().saveAs("confirms"));
        Collections.addAll(checks, extraChecks);
        return exec(http(name).post(uidlUrl())
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(s -> message(s, rpc.apply(s))))
                        .check(checks))
                .exec(s -> afterRoundTrip(name, s))
                .exec(exitHereIfFailed());
    }

    private Session afterRoundTrip(String name, Session s) {
        long now = System.currentTimeMillis();
        boolean measured = now >= measureFrom && now <= deadline;
        roundTrips.any();
        if (s.isFailed()) {
            roundTrips.error(name); // errors count in the whole run, ramp included
        } else if (measured && s.contains("rt")) {
            roundTrips.record(name, s.getInt("rt"));
        }
        List<Object> confirms = s.contains("confirms") ? s.getList("confirms") : List.of();
        return s.remove("rt").remove("confirms").set("pending", confirms);
    }

    private static String uidlUrl() {
        return "/?v-r=uidl&v-uiId=#{uiId}";
    }

    private static String message(Session s, String rpc) {
        StringBuilder all = new StringBuilder();
        List<Object> pending = s.contains("pending") ? s.getList("pending") : List.of();
        for (Object confirm : pending) {
            List<?> pair = (List<?>) confirm;
            all.append("{\"type\":\"publishedEventHandler\",\"node\":").append(pair.get(0))
                    .append(",\"templateEventMethodName\":\"confirmUpdate\",\"templateEventMethodArgs\":[")
                    .append(pair.get(1)).append("],\"promise\":0},");
        }
        all.append(rpc);
        return "{\"csrfToken\":\"" + s.getString("securityKey") + "\",\"rpc\":[" + all + "],\"syncId\":"
                + s.getInt("syncId") + ",\"clientId\":" + s.getInt("clientId") + "}";
    }

    private static String clickRpc(int node) {
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":{\"event.shiftKey\":false,"
                + "\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,\"event.clientX\":0,"
                + "\"event.clientY\":0,\"event.altKey\":false,\"event.button\":0,\"event.screenY\":0,"
                + "\"event.screenX\":0}}";
    }

    /** The state-tree node of the component with this id ({@code setId}), from the changes of a response. */
    private static CheckBuilder nodeId(String componentId, String attribute) {
        return jsonPath(nodeIdPath(componentId)).ofInt().saveAs(attribute);
    }

    private static String nodeIdPath(String componentId) {
        return "$.changes[?(@.key == 'id' && @.value == '" + componentId + "')].node";
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}

package io.pxportal.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.pxportal.bench.VaadinClient.nodeId;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Load test of the portal's Vaadin views over HTTP, speaking Vaadin's UIDL protocol like the browser client
 * ({@link VaadinClient}): each virtual user logs in, creates a UI, then loops: portfolio → platforms (type a search,
 * scroll the grid) → vendors (search, scroll), with think time; at the end it logs out. Every UIDL POST must answer
 * without {@code appError}, {@code sessionExpired} or the portal's error notification (Vaadin errors answer 200).
 * The mix of every role's work on PostgreSQL is {@link MixSimulation}.
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

    private final RoundTrips roundTrips = new RoundTrips();
    private final VaadinClient client = new VaadinClient(roundTrips, PASSWORD);

    {
        HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
                .acceptLanguageHeader("en")
                .userAgentHeader("px-portal-bench (Gatling)")
                .disableCaching();

        AtomicInteger next = new AtomicInteger();
        Iterator<Map<String, Object>> users = Stream.generate(() -> Map.<String, Object>of(
                        "username", DEMO_USERS.get(Math.floorMod(next.getAndIncrement(), DEMO_USERS.size()))))
                .iterator();

        ScenarioBuilder scenario = scenario("portal user")
                .feed(users)
                .exec(client.login())
                .exitHereIfFailed()
                .asLongAsDuring(
                        s -> s.getInt("iteration") < MAX_ITERATIONS && client.steadyWindowOpen(),
                        Duration.ofSeconds(RAMP_SECONDS + STEADY_SECONDS),
                        "iteration")
                .on(exec(portfolio(), think(), platforms(), think(), vendors(), think()))
                .exec(client.logout());

        setUp(scenario.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP_SECONDS))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(RAMP_SECONDS + STEADY_SECONDS + 60L));
    }

    @Override
    public void before() {
        client.window(RAMP_SECONDS, STEADY_SECONDS);
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

    private ChainBuilder portfolio() {
        return client.navigate(
                "nav portfolio", "", substring("\"portfolio-view\"").exists());
    }

    private ChainBuilder platforms() {
        return exec(
                client.navigate(
                        "nav platforms",
                        "platforms",
                        nodeId("platforms-grid", "gridNode"),
                        nodeId("platforms-search", "searchNode")),
                think(),
                client.search("search platforms", "searchNode", "demo"),
                VaadinClient.think(300, 700),
                client.search("search platforms", "searchNode", "demo platform 00"),
                think(),
                client.scroll("scroll platforms", "gridNode", 50),
                VaadinClient.think(300, 800),
                client.scroll("scroll platforms", "gridNode", 100),
                VaadinClient.think(300, 800),
                client.scroll("scroll platforms", "gridNode", 150),
                VaadinClient.think(300, 800),
                client.scroll("scroll platforms", "gridNode", 250));
    }

    private ChainBuilder vendors() {
        return exec(
                client.navigate(
                        "nav vendors",
                        "vendors",
                        nodeId("vendors-grid", "gridNode"),
                        nodeId("vendors-search", "searchNode")),
                think(),
                client.search("search vendors", "searchNode", "demo"),
                think(),
                client.scroll("scroll vendors", "gridNode", 50),
                VaadinClient.think(300, 800),
                client.scroll("scroll vendors", "gridNode", 0));
    }

    private ChainBuilder think() {
        return VaadinClient.think(THINK_MIN, THINK_MAX);
    }
}

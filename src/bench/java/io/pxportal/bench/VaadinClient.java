package io.pxportal.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyLength;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * Vaadin's UIDL protocol as the browser client speaks it, for the load simulations ({@link PortalSimulation},
 * {@link MixSimulation}): log in (form POST with the login page's CSRF token), create a UI ({@code GET /?v-r=init}),
 * then round trips — navigate, type, scroll or click a grid row, pick a value, switch a tab, click, poll — and log
 * out. Every round trip must answer without {@code appError}, {@code sessionExpired} or the portal's error
 * notification (Vaadin errors answer 200); its time goes to {@link RoundTrips} when it falls into the measured
 * window (after the ramp), its errors whenever they happen. Components are addressed by the state-tree node that
 * a response gave for their id ({@code setId}); the node is kept in a session attribute.
 */
final class VaadinClient {

    /** What the portal's error handler and Vaadin put into a 200 response when something broke. */
    private static final List<String> ERROR_MARKERS =
            List.of("appError", "\"sessionExpired\"", "Something went wrong", "You are not allowed to do that");

    /** Searches, scrolls and filters must bring grid rows. */
    static final CheckBuilder ROWS_SENT = substring("$connector.set($1,$2)").exists();

    /** Set on a user whose last request failed, while it recovers (see {@link #VaadinClient(RoundTrips, String, boolean)}). */
    static final String BROKEN = "broken";

    private final RoundTrips roundTrips;
    private final String password;
    private final boolean recover;
    private volatile long measureFrom;
    private volatile long deadline;

    VaadinClient(RoundTrips roundTrips, String password) {
        this(roundTrips, password, false);
    }

    /**
     * With {@code recover}, a failed request does not end the virtual user: it is marked {@link #BROKEN}, the rest of
     * its path is skipped, and the simulation logs it in again, as a person would after an error page (the database
     * fault benchmark). Each failure is also noted with its time and what the response showed.
     */
    VaadinClient(RoundTrips roundTrips, String password, boolean recover) {
        this.roundTrips = roundTrips;
        this.password = password;
        this.recover = recover;
    }

    boolean recovers() {
        return recover;
    }

    /** Called when the simulation starts: round trips are measured after the ramp, until the steady window ends. */
    void window(int rampSeconds, int steadySeconds) {
        measureFrom = System.currentTimeMillis() + rampSeconds * 1000L;
        deadline = measureFrom + steadySeconds * 1000L;
    }

    boolean steadyWindowOpen() {
        return System.currentTimeMillis() < deadline;
    }

    /** Logs in the session's {@code username} and creates the UI. */
    ChainBuilder login() {
        return exec(http("login page")
                        .get("/login")
                        .check(
                                responseTimeInMillis().saveAs("rt"),
                                status().is(200),
                                regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
                .exec(s -> other("login page", s))
                .exitHereIfFailed()
                // Spring Security answers 302 to "/" (or to /login?error); Gatling follows it. Its time
                // (bcrypt) is in Gatling's report as "login".
                .exec(http("login")
                        .post("/login")
                        .formParam("username", "#{username}")
                        .formParam("password", password)
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(200), currentLocationRegex("/login").notExists()))
                .exitHereIfFailed()
                .exec(http("ui init")
                        .get("/?v-r=init&location=&query=")
                        .check(
                                responseTimeInMillis().saveAs("rt"),
                                status().is(200),
                                jsonPath("$.appConfig['v-uiId']").ofInt().saveAs("uiId"),
                                jsonPath("$.appConfig.uidl['Vaadin-Security-Key']")
                                        .saveAs("securityKey"),
                                jsonPath("$.appConfig.uidl.syncId").ofInt().saveAs("syncId"),
                                jsonPath("$.appConfig.uidl.clientId").ofInt().saveAs("clientId")))
                .exec(s -> other("ui init", s))
                .exec(s -> s.set("historyIndex", 0).set("pending", List.of()));
    }

    /**
     * Recovery mode: logs in again (with new cookies, as after a browser restart) until it works or the measured
     * window is over, a second apart; each failed attempt is noted on the failure timeline.
     */
    ChainBuilder loginUntilOk() {
        return asLongAs(s -> !s.contains("loggedIn") && steadyWindowOpen())
                .on(
                        exec(flushCookieJar()),
                        exitBlockOnFail().on(login(), exec(s -> s.set("loggedIn", true))),
                        doIf(s -> !s.contains("loggedIn"))
                                .then(
                                        exec(s -> {
                                            roundTrips.error("(not uidl) log in again");
                                            roundTrips.failure(
                                                    System.currentTimeMillis(), "(not uidl) log in again", "failed");
                                            return s.markAsSucceeded();
                                        }),
                                        pause(Duration.ofSeconds(1))));
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

    /**
     * Opens a route as a router link does. The shell (with the logout button) comes only with the first view, so
     * every navigation looks for it; later views reuse it.
     */
    ChainBuilder navigate(String name, String route, CheckBuilder... checks) {
        List<CheckBuilder> all = new ArrayList<>(List.of(checks));
        all.add(jsonPath(nodeIdPath("logout")).ofInt().find().optional().saveAs("logoutNode"));
        return exec(s -> s.set("historyIndex", s.getInt("historyIndex") + 1))
                .exec(uidl(
                        name,
                        s -> "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":"
                                + "{\"route\":\"" + route
                                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":"
                                + s.getInt("historyIndex") + "},\"trigger\":\"\"}}",
                        all.toArray(CheckBuilder[]::new)));
    }

    /** Typing into the text field of node {@code nodeAttribute}: it syncs its value, then fires the input event. */
    ChainBuilder search(String name, String nodeAttribute, String text) {
        return uidl(
                name,
                s -> {
                    int node = s.getInt(nodeAttribute);
                    return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":\""
                            + json(text) + "\"},{\"type\":\"event\",\"node\":" + node
                            + ",\"event\":\"input\",\"data\":{}}";
                },
                ROWS_SENT);
    }

    /** Scrolling: the grid connector asks the server for the rows of the new viewport. */
    ChainBuilder scroll(String name, String gridAttribute, int firstRow, CheckBuilder... checks) {
        List<CheckBuilder> all = new ArrayList<>(List.of(ROWS_SENT));
        Collections.addAll(all, checks);
        return uidl(
                name,
                s -> "{\"type\":\"publishedEventHandler\",\"node\":" + s.getInt(gridAttribute)
                        + ",\"templateEventMethodName\":\"setViewportRange\",\"templateEventMethodArgs\":[" + firstRow
                        + ",50],\"promise\":0}",
                all.toArray(CheckBuilder[]::new));
    }

    /** A click on the grid row whose item key ({@code "key"} of the rows sent) is in {@code keyAttribute}. */
    ChainBuilder clickRow(String name, String gridAttribute, String keyAttribute, CheckBuilder... checks) {
        return uidl(
                name,
                s -> "{\"type\":\"event\",\"node\":" + s.getInt(gridAttribute)
                        + ",\"event\":\"item-click\",\"data\":{\"event.detail.itemKey\":\"" + s.getString(keyAttribute)
                        + "\",\"event.detail.internalColumnId\":\"col0\",\"event.detail.screenX\":0,"
                        + "\"event.detail.screenY\":0,\"event.detail.clientX\":0,\"event.detail.clientY\":0,"
                        + "\"event.detail.detail\":1,\"event.detail.button\":0,\"event.detail.ctrlKey\":false,"
                        + "\"event.detail.shiftKey\":false,\"event.detail.altKey\":false,\"event.detail.metaKey\":false}}",
                checks);
    }

    /** Picking the item with this key in a select (its {@code value} property holds the item's key). */
    ChainBuilder pick(String name, String nodeAttribute, Function<Session, String> itemKey, CheckBuilder... checks) {
        return uidl(
                name,
                s -> {
                    int node = s.getInt(nodeAttribute);
                    return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":\""
                            + json(itemKey.apply(s)) + "\"},{\"type\":\"event\",\"node\":" + node
                            + ",\"event\":\"value-changed\",\"data\":{}}";
                },
                checks);
    }

    /** Selecting the tab at this index of the tabs (a {@code vaadin-tabs} node, a tab sheet's included). */
    ChainBuilder selectTab(String name, String tabsAttribute, int index, CheckBuilder... checks) {
        return uidl(
                name,
                s -> {
                    int node = s.getInt(tabsAttribute);
                    return "{\"type\":\"mSync\",\"node\":" + node
                            + ",\"feature\":1,\"property\":\"selected\",\"value\":" + index
                            + "},{\"type\":\"event\",\"node\":" + node + ",\"event\":\"selected-changed\",\"data\":{}}";
                },
                checks);
    }

    ChainBuilder click(String name, String nodeAttribute, CheckBuilder... checks) {
        return uidl(name, s -> clickRpc(s.getInt(nodeAttribute)), checks);
    }

    /**
     * What the client sends every poll interval while the server has polling on ({@code UI.setPollInterval}). Polls
     * are listed apart, not in {@link RoundTrips#ALL} or their view: nobody waits for them.
     */
    ChainBuilder poll(String name, CheckBuilder... checks) {
        return round(name, false, s -> "{\"type\":\"event\",\"node\":1,\"event\":\"ui-poll\",\"data\":{}}", checks);
    }

    /** A download (an anchor's resource, its URL in {@code urlAttribute}): listed apart, as it is no round trip. */
    ChainBuilder download(String name, String urlAttribute, int minBytes) {
        return guarded(exec(http(name)
                        .get(s -> "/" + s.getString(urlAttribute))
                        .check(
                                responseTimeInMillis().saveAs("rt"),
                                status().is(200),
                                bodyLength().gte(minBytes)))
                .exec(s -> measure(name + " (not uidl)", false, s))
                .exec(stopIfFailed()));
    }

    /** Logs out with the shell's logout button; its answer is meant to say "sessionExpired", so it is checked apart. */
    ChainBuilder logout() {
        return exec(http("logout")
                .post(uidlUrl())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(s -> message(s, clickRpc(s.getInt("logoutNode")))))
                .check(status().is(200), substring("sessionExpired").exists()));
    }

    static ChainBuilder think(int minMillis, int maxMillis) {
        return exec(pause(Duration.ofMillis(minMillis), Duration.ofMillis(maxMillis)));
    }

    ChainBuilder uidl(String name, Function<Session, String> rpc, CheckBuilder... extraChecks) {
        return round(name, true, rpc, extraChecks);
    }

    private ChainBuilder round(String name, boolean inAll, Function<Session, String> rpc, CheckBuilder... extraChecks) {
        List<CheckBuilder> checks = new ArrayList<>();
        checks.add(responseTimeInMillis().saveAs("rt"));
        checks.addAll(shown());
        checks.add(status().is(200));
        for (String marker : ERROR_MARKERS) {
            checks.add(substring(marker).notExists());
        }
        checks.add(regex("\"syncId\":(\\d+)").find().transform(Integer::valueOf).saveAs("syncId"));
        checks.add(
                regex("\"clientId\":(\\d+)").find().transform(Integer::valueOf).saveAs("clientId"));
        // The grid connector confirms every data update it receives; we send those confirmations along with
        // the next message.
        checks.add(regex("\\{\"@v-node\":(\\d+)},(\\d+),\"return \\$0\\.\\$connector\\.confirm\\(\\$1\\)\"")
                .captureGroups(2)
                .findAll()
                .optional()
                .saveAs("confirms"));
        Collections.addAll(checks, extraChecks);
        return guarded(exec(http(name)
                        .post(uidlUrl())
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(s -> message(s, rpc.apply(s))))
                        .check(checks))
                .exec(s -> afterRoundTrip(inAll ? name : name + " (poll)", inAll, s))
                .exec(stopIfFailed()));
    }

    /** In recovery mode: what a response showed, kept for the failure timeline (nothing otherwise). */
    private List<CheckBuilder> shown() {
        if (!recover) {
            return List.of();
        }
        return List.of(
                status().saveAs("httpStatus"),
                regex("(Something went wrong[^\"<]{0,160})").find().optional().saveAs("errorText"),
                regex("([A-Za-z0-9_.$]+Exception\\b)").find().optional().saveAs("exceptionName"),
                regex("(sessionExpired|appError)").find().optional().saveAs("vaadinError"));
    }

    /** Skips a step of a user that is recovering from a failure (recovery mode only). */
    ChainBuilder guarded(ChainBuilder step) {
        return recover ? exec(doIf(s -> !s.contains(BROKEN)).then(step)) : step;
    }

    /** Ends a failed user, or in recovery mode marks it {@link #BROKEN} and lets it go on. */
    private ChainBuilder stopIfFailed() {
        return recover ? exec(s -> s.isFailed() ? s.markAsSucceeded().set(BROKEN, true) : s) : exec(exitHereIfFailed());
    }

    private Session afterRoundTrip(String name, boolean inAll, Session s) {
        if (inAll) {
            roundTrips.any();
        }
        List<Object> confirms = s.contains("confirms") ? s.getList("confirms") : List.of();
        return measure(name, inAll, s).remove("confirms").set("pending", confirms);
    }

    private Session measure(String name, boolean inAll, Session s) {
        long now = System.currentTimeMillis();
        boolean measured = now >= measureFrom && now <= deadline;
        if (s.isFailed()) {
            roundTrips.error(name); // errors count in the whole run, ramp included
            if (recover) {
                roundTrips.failure(
                        now,
                        name,
                        "status " + s.getString("httpStatus") + "; shown: "
                                + detail(s, "errorText") + "; exception: " + detail(s, "exceptionName") + "; vaadin: "
                                + detail(s, "vaadinError"));
            }
        } else if (measured && s.contains("rt")) {
            if (inAll) {
                roundTrips.record(name, s.getInt("rt"));
            } else {
                roundTrips.recordOther(name, s.getInt("rt"));
            }
        }
        return s.remove("rt")
                .remove("httpStatus")
                .remove("errorText")
                .remove("exceptionName")
                .remove("vaadinError");
    }

    private static String detail(Session s, String key) {
        return s.contains(key) ? s.getString(key) : "-";
    }

    private static String uidlUrl() {
        return "/?v-r=uidl&v-uiId=#{uiId}";
    }

    private static String message(Session s, String rpc) {
        StringBuilder all = new StringBuilder();
        List<Object> pending = s.contains("pending") ? s.getList("pending") : List.of();
        for (Object confirm : pending) {
            List<?> pair = (List<?>) confirm;
            all.append("{\"type\":\"publishedEventHandler\",\"node\":")
                    .append(pair.get(0))
                    .append(",\"templateEventMethodName\":\"confirmUpdate\",\"templateEventMethodArgs\":[")
                    .append(pair.get(1))
                    .append("],\"promise\":0},");
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
    static CheckBuilder nodeId(String componentId, String attribute) {
        return jsonPath(nodeIdPath(componentId)).ofInt().saveAs(attribute);
    }

    /**
     * The item key of the first row that the grid with this id was sent in the response and that matches {@code row},
     * saved as {@code attribute}; fails when the response has no such grid, the grid got no rows or none matches
     * ({@link GridRows}).
     */
    static CheckBuilder rowKey(String gridId, Predicate<JsonNode> row, String attribute) {
        return bodyString().transform(body -> GridRows.key(body, gridId, row)).saveAs(attribute);
    }

    /** The value the response set for a property ({@code key}) of the component with this id ({@link GridRows}). */
    static CheckBuilder property(String componentId, String key, String attribute) {
        return bodyString()
                .transform(body -> GridRows.property(body, componentId, key))
                .saveAs(attribute);
    }

    /** The first node of a response with this element tag, for components without an id of their own. */
    static CheckBuilder nodeOfTag(String tag, String attribute) {
        return jsonPath("$.changes[?(@.key == 'tag' && @.value == '" + tag + "')].node")
                .ofInt()
                .saveAs(attribute);
    }

    private static String nodeIdPath(String componentId) {
        return "$.changes[?(@.key == 'id' && @.value == '" + componentId + "')].node";
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}

package io.pxportal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Retained heap per logged-in UI session. Logs in N sessions over HTTP (each with its own cookies), creates a
 * real Vaadin UI in each (GET / → {@code GET /?v-r=init} → UIDL navigation to the view), keeps them open and
 * asks the app's JVM, after full GCs, how much heap is live: {@code (live(N) − live(0)) / N}.
 *
 * <p>Needs only the JDK; run with the source launcher:
 * {@code java src/bench/java/io/pxportal/bench/SessionHeapBench.java --base http://127.0.0.1:8092 --pid PID}
 * Options: {@code --counts 50,200} {@code --route ""} (view to open; "platforms", "vendors")
 * {@code --warmup 10} {@code --threads 4} {@code --out target/bench/heap.json}.
 */
public final class SessionHeapBench {

    private static final List<String> USERS = List.of("admin", "olena", "marc", "finance", "steering", "auditor");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern NODE_ID =
            Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"([^\"]+)\"}");
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total.*?used (\\d+)K");
    private static final Pattern HISTO_TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");
    private static final Pattern HISTO_LINE = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Map<String, String> FIRST_RESPONSES = new ConcurrentHashMap<>();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String base;
    private final long pid;
    private final String route;
    private final String expectId;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String jcmd =
            Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();

    private SessionHeapBench(String base, long pid, String route) {
        this.base = base;
        this.pid = pid;
        this.route = route;
        this.expectId = switch (route) {
            case "" -> "portfolio-view";
            case "platforms" -> "platforms-grid";
            case "vendors" -> "vendors-grid";
            default -> "main-menu";
        };
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>(Map.of(
                "--base",
                "http://127.0.0.1:8092",
                "--counts",
                "50,200",
                "--route",
                "",
                "--warmup",
                "10",
                "--threads",
                "4",
                "--out",
                "target/bench/heap.json"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        if (opts.containsKey("--train")) {
            // Only exercise the app (AOT cache training run): log in, open every view, log out
            int sessions = Integer.parseInt(opts.get("--train"));
            for (String route : List.of("", "platforms", "vendors")) {
                SessionHeapBench bench = new SessionHeapBench(opts.get("--base"), 0, route);
                ExecutorService pool = Executors.newFixedThreadPool(2);
                try {
                    for (Client c : bench.open(pool, 0, sessions)) {
                        c.logout();
                    }
                } finally {
                    pool.shutdownNow();
                }
            }
            System.out.println("training traffic done");
            return;
        }
        if (!opts.containsKey("--pid")) {
            System.err.println("usage: SessionHeapBench --pid <app pid> [--base URL] [--counts 50,200] [--route \"\"]"
                    + " [--warmup 10] [--threads 4] [--out file.json]\n       SessionHeapBench --train <sessions>"
                    + " [--base URL]");
            System.exit(2);
        }
        SessionHeapBench bench =
                new SessionHeapBench(opts.get("--base"), Long.parseLong(opts.get("--pid")), opts.get("--route"));
        int[] counts = Arrays.stream(opts.get("--counts").split(","))
                .mapToInt(Integer::parseInt)
                .sorted()
                .toArray();
        bench.run(
                counts,
                Integer.parseInt(opts.get("--warmup")),
                Integer.parseInt(opts.get("--threads")),
                Path.of(opts.get("--out")));
    }

    private void run(int[] counts, int warmup, int threads, Path out) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // Warm-up: load classes, fill caches, render the view once per user; then log these sessions out
            List<Client> warm = open(pool, 0, warmup);
            for (Client c : warm) {
                c.logout();
            }
            Measurement baseline = measure(0);
            List<Measurement> results = new ArrayList<>();
            List<Client> open = new ArrayList<>();
            for (int n : counts) {
                open.addAll(open(pool, open.size(), n - open.size()));
                results.add(measure(n));
            }
            // Vaadin keeps each UI's last response for a resend; after the view's (large) response that is a
            // big string. One more small round trip per session (as any click would) replaces it: measure again.
            // This also proves that every session is still alive.
            int alive = 0;
            for (Client c : open) {
                alive += c.ping() ? 1 : 0;
            }
            Measurement touched = measure(open.size());
            report(baseline, results, touched, alive, open.size(), out);
            for (Client c : open) {
                c.logout();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Client> open(ExecutorService pool, int first, int count) throws Exception {
        List<Future<Client>> futures = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            String user = USERS.get(i % USERS.size());
            futures.add(pool.submit(() -> {
                Client c = new Client(user);
                c.loginAndOpen();
                return c;
            }));
        }
        List<Client> clients = new ArrayList<>();
        for (Future<Client> f : futures) {
            clients.add(f.get(5, TimeUnit.MINUTES));
        }
        return clients;
    }

    // --- measuring the app's heap ---------------------------------------------------------------------------

    private record Measurement(
            int sessions,
            long liveBytes,
            long heapUsedKb,
            long uis,
            long vaadinSessions,
            Map<String, long[]> classes) {}

    private Measurement measure(int sessions) throws Exception {
        long[] live = new long[3];
        long[] used = new long[3];
        String histogram = "";
        for (int i = 0; i < 3; i++) {
            // class_histogram runs a full GC and sums the live objects; heap_info right after reads "used"
            histogram = jcmd("GC.class_histogram");
            Matcher total = HISTO_TOTAL.matcher(histogram);
            live[i] = total.find() ? Long.parseLong(total.group(2)) : -1;
            jcmd("GC.run");
            Matcher heap = HEAP_USED.matcher(jcmd("GC.heap_info"));
            used[i] = heap.find() ? Long.parseLong(heap.group(1)) : -1;
        }
        Arrays.sort(live);
        Arrays.sort(used);
        Measurement m = new Measurement(
                sessions,
                live[1],
                used[1],
                instances(histogram, "com.vaadin.flow.component.UI"),
                instances(histogram, "com.vaadin.flow.server.VaadinSession"),
                classes(histogram));
        System.out.printf(
                "%4d sessions: live %,d KB (heap used %,d KB), UIs %d, VaadinSessions %d%n",
                sessions, m.liveBytes() / 1024, m.heapUsedKb(), m.uis(), m.vaadinSessions());
        return m;
    }

    private static long instances(String histogram, String className) {
        Matcher m = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+" + Pattern.quote(className) + "(\\s|$)")
                .matcher(histogram);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** Instances and bytes per class name, from a class histogram. */
    private static Map<String, long[]> classes(String histogram) {
        Map<String, long[]> classes = new LinkedHashMap<>();
        Matcher m = HISTO_LINE.matcher(histogram);
        while (m.find()) {
            classes.merge(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))}, (a, b) ->
                    new long[] {a[0] + b[0], a[1] + b[1]});
        }
        return classes;
    }

    /** Where the sessions' bytes are: the classes that grew most from {@code from} to {@code to}, per session. */
    private static String classDiff(String title, Measurement from, Measurement to, int sessions, int top) {
        List<Map.Entry<String, long[]>> grown = new ArrayList<>();
        for (Map.Entry<String, long[]> e : to.classes().entrySet()) {
            long[] before = from.classes().getOrDefault(e.getKey(), new long[2]);
            grown.add(Map.entry(e.getKey(), new long[] {e.getValue()[0] - before[0], e.getValue()[1] - before[1]}));
        }
        grown.sort((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]));
        StringBuilder text = new StringBuilder(
                String.format("%s, per session:%n%10s %12s  %s%n", title, "instances", "bytes", "class"));
        for (Map.Entry<String, long[]> e : grown.subList(0, Math.min(top, grown.size()))) {
            text.append(String.format(
                    "%10.1f %12.0f  %s%n",
                    (double) e.getValue()[0] / sessions, (double) e.getValue()[1] / sessions, e.getKey()));
        }
        return text.toString();
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(jcmd, Long.toString(pid), command)
                .redirectErrorStream(true)
                .start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("jcmd " + command + " failed: " + new String(output, StandardCharsets.UTF_8));
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    private void report(
            Measurement baseline, List<Measurement> results, Measurement touched, int alive, int open, Path out)
            throws IOException {
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"date\": \"")
                .append(Instant.now())
                .append("\",\n  \"route\": \"")
                .append(route)
                .append("\",\n  \"baseline\": ")
                .append(toJson(baseline))
                .append(",\n  \"alive\": ")
                .append(alive)
                .append(", \"open\": ")
                .append(open)
                .append(",\n  \"results\": [\n");
        StringBuilder text = new StringBuilder(String.format("Retained heap per UI session (view \"%s\")%n", route));
        text.append(String.format(
                "baseline: live %,d KB, heap used %,d KB%n", baseline.liveBytes() / 1024, baseline.heapUsedKb()));
        Measurement previous = baseline;
        String sep = "";
        for (Measurement m : results) {
            double perSession = (m.liveBytes() - baseline.liveBytes()) / 1024.0 / m.sessions();
            double perSessionUsed = (double) (m.heapUsedKb() - baseline.heapUsedKb()) / m.sessions();
            double marginal = (m.liveBytes() - previous.liveBytes()) / 1024.0 / (m.sessions() - previous.sessions());
            json.append(sep)
                    .append("    {\"sessions\": ")
                    .append(m.sessions())
                    .append(", \"measurement\": ")
                    .append(toJson(m))
                    .append(String.format(
                            ", \"perSessionKb\": %.1f, \"perSessionHeapUsedKb\": %.1f," + " \"marginalKb\": %.1f}",
                            perSession, perSessionUsed, marginal));
            text.append(String.format(
                    "%4d sessions: %.1f KB/session live (%.1f KB by heap used); "
                            + "%.1f KB/session for the sessions %d..%d; UIs %d%n",
                    m.sessions(),
                    perSession,
                    perSessionUsed,
                    marginal,
                    previous.sessions() + 1,
                    m.sessions(),
                    m.uis()));
            previous = m;
            sep = ",\n";
        }
        double touchedPerSession = (touched.liveBytes() - baseline.liveBytes()) / 1024.0 / touched.sessions();
        json.append("\n  ],\n  \"afterOneMoreRoundTrip\": {\"sessions\": ")
                .append(touched.sessions())
                .append(", \"measurement\": ")
                .append(toJson(touched))
                .append(String.format(", \"perSessionKb\": %.1f}\n}%n", touchedPerSession));
        text.append(String.format(
                "%4d sessions after one more small round trip each: %.1f KB/session live%n",
                touched.sessions(), touchedPerSession));
        text.append(String.format("sessions answering after the measurement: %d of %d%n", alive, open));
        new java.util.TreeMap<>(FIRST_RESPONSES)
                .forEach((user, size) ->
                        text.append(String.format("the view's first response for %s: %s%n", user, size)));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json);
        Measurement last = results.get(results.size() - 1);
        Files.writeString(
                Path.of(out.toString().replaceAll("\\.json$", "") + "-classes.txt"),
                classDiff(
                                "Classes grown from 0 to " + last.sessions() + " sessions",
                                baseline,
                                last,
                                last.sessions(),
                                60)
                        + System.lineSeparator()
                        + classDiff("Change after one more round trip", last, touched, touched.sessions(), 30));
        Files.writeString(Path.of(out.toString().replaceAll("\\.json$", "") + ".txt"), text);
        System.out.print(text);
    }

    private static String toJson(Measurement m) {
        return String.format(
                "{\"sessions\": %d, \"liveBytes\": %d, \"heapUsedKb\": %d, \"uis\": %d, " + "\"vaadinSessions\": %d}",
                m.sessions(), m.liveBytes(), m.heapUsedKb(), m.uis(), m.vaadinSessions());
    }

    // --- one browser session --------------------------------------------------------------------------------

    private final class Client {
        private final String user;
        private final Map<String, String> cookies = new ConcurrentHashMap<>();
        private int uiId;
        private String securityKey;
        private int syncId;
        private int clientId;
        private int history;
        private final Map<String, Integer> nodes = new ConcurrentHashMap<>();

        Client(String user) {
            this.user = user;
        }

        void loginAndOpen() throws IOException, InterruptedException {
            String login = send(get("/login"), 200);
            Matcher csrf = CSRF.matcher(login);
            if (!csrf.find()) {
                throw new IOException("no CSRF token on the login page");
            }
            String form = "username=" + enc(user) + "&password=" + enc("demo") + "&_csrf=" + enc(csrf.group(1));
            HttpResponse<String> posted = exchange(request("/login")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build());
            String location = posted.headers().firstValue("Location").orElse("");
            if (posted.statusCode() != 302 || location.contains("/login")) {
                throw new IOException("login of " + user + " failed: " + posted.statusCode() + " " + location);
            }
            send(get("/"), 200);
            String init = send(get("/?v-r=init&location=&query="), 200);
            uiId = intField(init, "v-uiId");
            securityKey = stringField(init, "Vaadin-Security-Key");
            syncId = intField(init, "syncId");
            clientId = intField(init, "clientId");
            String view = uidl("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\""
                    + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + history++
                    + "},\"trigger\":\"\"}}");
            // Vaadin keeps this response per UI; a character beyond Latin-1 makes Java store all of it in 2 bytes a
            // char
            FIRST_RESPONSES.merge(
                    user,
                    view.length() + " chars, "
                            + (view.chars().anyMatch(c -> c > 0xFF)
                                    ? "not Latin-1: "
                                            + view.chars()
                                                    .filter(c -> c > 0xFF)
                                                    .distinct()
                                                    .limit(12)
                                                    .collect(
                                                            StringBuilder::new,
                                                            StringBuilder::appendCodePoint,
                                                            StringBuilder::append)
                                    : "Latin-1"),
                    (a, b) -> a);
            if (!nodes.containsKey(expectId)) {
                throw new IOException("view \"" + route + "\" did not render " + expectId);
            }
        }

        /** A harmless round trip (navigating to the same location changes nothing). */
        boolean ping() {
            try {
                uidl("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                        + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + history++
                        + "},\"trigger\":\"\"}}");
                return true;
            } catch (IOException | InterruptedException e) {
                return false;
            }
        }

        void logout() {
            Integer logout = nodes.get("logout");
            if (logout == null) {
                return;
            }
            try {
                uidlRaw("{\"type\":\"event\",\"node\":" + logout + ",\"event\":\"click\",\"data\":{"
                        + "\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,"
                        + "\"event.clientX\":0,\"event.clientY\":0,\"event.altKey\":false,\"event.button\":0,"
                        + "\"event.screenY\":0,\"event.screenX\":0}}");
            } catch (IOException | InterruptedException e) {
                // the session ends anyway with the app
            }
        }

        private String uidl(String rpc) throws IOException, InterruptedException {
            String body = uidlRaw(rpc);
            if (body.contains("appError")
                    || body.contains("\"sessionExpired\"")
                    || body.contains("Something went wrong")) {
                throw new IOException(
                        "Vaadin error for " + user + ": " + body.substring(0, Math.min(300, body.length())));
            }
            syncId = intField(body, "syncId");
            clientId = intField(body, "clientId");
            Matcher ids = NODE_ID.matcher(body);
            while (ids.find()) {
                nodes.put(ids.group(2), Integer.parseInt(ids.group(1)));
            }
            return body;
        }

        private String uidlRaw(String rpc) throws IOException, InterruptedException {
            String message = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId + "}";
            return send(
                    request("/?v-r=uidl&v-uiId=" + uiId)
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(message))
                            .build(),
                    200);
        }

        private HttpRequest get(String path) {
            return request(path).GET().build();
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(TIMEOUT)
                    .header("Accept-Language", "en");
            if (!cookies.isEmpty()) {
                b.header(
                        "Cookie",
                        String.join(
                                "; ",
                                cookies.entrySet().stream()
                                        .map(e -> e.getKey() + "=" + e.getValue())
                                        .toList()));
            }
            return b;
        }

        private String send(HttpRequest request, int expected) throws IOException, InterruptedException {
            HttpResponse<String> response = exchange(request);
            if (response.statusCode() != expected) {
                throw new IOException(request.method() + " " + request.uri() + " answered " + response.statusCode());
            }
            return response.body();
        }

        private HttpResponse<String> exchange(HttpRequest request) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(
                            pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
            return response;
        }
    }

    private static int intField(String json, String name) throws IOException {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IOException("no " + name + " in " + json.substring(0, Math.min(200, json.length())));
        }
        return Integer.parseInt(m.group(1));
    }

    private static String stringField(String json, String name) throws IOException {
        Matcher m =
                Pattern.compile("\"" + Pattern.quote(name) + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IOException("no " + name);
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

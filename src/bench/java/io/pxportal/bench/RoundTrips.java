package io.pxportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Latency recorder for the load test: one 1-ms-bucket histogram per request name plus one over all Vaadin
 * round trips (UIDL POSTs), filled only during the measured window (after the ramp); errors are counted over
 * the whole run. Gatling's own report covers every request including the ramp; this one answers "p50/p95/p99
 * of the round trips at N users". A round trip named {@code "view · action"} also counts towards its view's
 * line {@code "[view]"}.
 */
final class RoundTrips {

    static final String ALL = "ALL uidl round trips";
    static final String VIEW_SEPARATOR = " · ";
    private static final int MAX_MILLIS = 60_000;

    private final Map<String, Histogram> histograms = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final LongAdder wholeRun = new LongAdder();
    private final List<String> notes = new CopyOnWriteArrayList<>();
    /** Failed requests with their time and what the response showed (only when a simulation records them). */
    private final List<String> failures = new CopyOnWriteArrayList<>();

    /** Counts every round trip of the run, ramp included (to relate the app's CPU time to work done). */
    void any() {
        wholeRun.increment();
    }

    void record(String name, long millis) {
        histograms.computeIfAbsent(name, n -> new Histogram()).add(millis);
        histograms.computeIfAbsent(ALL, n -> new Histogram()).add(millis);
        view(name)
                .ifPresent(
                        v -> histograms.computeIfAbsent(v, n -> new Histogram()).add(millis));
    }

    private static Optional<String> view(String name) {
        int at = name.indexOf(VIEW_SEPARATOR);
        return at > 0 ? Optional.of("[" + name.substring(0, at) + "]") : Optional.empty();
    }

    /** A line of its own under the table (e.g. the database's time), in the text and the JSON. */
    void note(String line) {
        notes.add(line);
    }

    /** A request that is not a UIDL round trip (login, UI init): listed apart, not in {@link #ALL}. */
    void recordOther(String name, long millis) {
        histograms.computeIfAbsent(name, n -> new Histogram()).add(millis);
    }

    void error(String name) {
        errors.computeIfAbsent(name, n -> new LongAdder()).increment();
        errors.computeIfAbsent(ALL, n -> new LongAdder()).increment();
        view(name)
                .ifPresent(v -> errors.computeIfAbsent(v, n -> new LongAdder()).increment());
    }

    /**
     * A failed request at {@code epochMillis}: its name and what came back (status, the error text shown, an
     * exception name if the page leaked one). Written to {@code <label>-failures.tsv}, for a timeline of an outage.
     */
    void failure(long epochMillis, String name, String detail) {
        failures.add(
                epochMillis + "\t" + name + "\t" + detail.replace('\t', ' ').replace('\n', ' '));
    }

    long wholeRun() {
        return wholeRun.sum();
    }

    long errorCount() {
        LongAdder all = errors.get(ALL);
        return all == null ? 0 : all.sum();
    }

    /** Writes {@code <label>.json} and {@code <label>.txt} into {@code dir}. */
    void write(Path dir, String label, Map<String, Object> parameters) throws IOException {
        Files.createDirectories(dir);
        Map<String, Histogram> sorted = new TreeMap<>(histograms);
        StringBuilder json =
                new StringBuilder("{\n  \"label\": \"").append(label).append("\",\n  \"parameters\": {");
        StringBuilder text = new StringBuilder("Load test ")
                .append(label)
                .append(' ')
                .append(parameters)
                .append('\n');
        text.append(String.format(
                "%-40s %8s %6s %6s %6s %6s %6s %6s%n",
                "round trip", "count", "errors", "p50", "p95", "p99", "max", "mean"));
        String sep = "";
        for (Map.Entry<String, Object> p : parameters.entrySet()) {
            json.append(sep).append("\"").append(p.getKey()).append("\": ");
            json.append(p.getValue() instanceof Number ? p.getValue().toString() : "\"" + p.getValue() + "\"");
            sep = ", ";
        }
        json.append("},\n  \"errors\": ")
                .append(errorCount())
                .append(",\n  \"roundTripsWholeRun\": ")
                .append(wholeRun.sum())
                .append(",\n  \"requests\": {\n");
        sep = "";
        for (String name : errors.keySet()) {
            sorted.putIfAbsent(name, new Histogram());
        }
        for (Map.Entry<String, Histogram> e : sorted.entrySet()) {
            Histogram h = e.getValue();
            LongAdder err = errors.get(e.getKey());
            long errorCount = err == null ? 0 : err.sum();
            json.append(sep)
                    .append(String.format(
                            "    \"%s\": {\"count\": %d, \"errors\": %d, \"p50\": %d, \"p95\": %d, \"p99\": %d, \"max\": %d, "
                                    + "\"mean\": %.1f}",
                            e.getKey(),
                            h.count(),
                            errorCount,
                            h.percentile(50),
                            h.percentile(95),
                            h.percentile(99),
                            h.max(),
                            h.mean()));
            text.append(String.format(
                    "%-40s %8d %6d %6d %6d %6d %6d %6.1f%n",
                    e.getKey(),
                    h.count(),
                    errorCount,
                    h.percentile(50),
                    h.percentile(95),
                    h.percentile(99),
                    h.max(),
                    h.mean()));
            sep = ",\n";
        }
        json.append("\n  },\n  \"notes\": [");
        sep = "";
        for (String note : notes) {
            json.append(sep)
                    .append('"')
                    .append(note.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
            sep = ", ";
        }
        json.append("]\n}\n");
        text.append("round trips in the whole run (ramp included): ")
                .append(wholeRun.sum())
                .append('\n');
        for (String note : notes) {
            text.append(note).append('\n');
        }
        Files.writeString(dir.resolve(label + ".json"), json);
        Files.writeString(dir.resolve(label + ".txt"), text);
        if (!failures.isEmpty()) {
            Files.writeString(
                    dir.resolve(label + "-failures.tsv"),
                    "epoch_ms\tname\tdetail\n"
                            + String.join("\n", failures.stream().sorted().toList()) + "\n");
        }
        System.out.print(text);
    }

    /** Millisecond buckets up to 60 s; longer round trips count as 60 s. */
    private static final class Histogram {
        private final AtomicLongArray buckets = new AtomicLongArray(MAX_MILLIS + 1);
        private final LongAdder count = new LongAdder();
        private final LongAdder sum = new LongAdder();

        void add(long millis) {
            int bucket = (int) Math.max(0, Math.min(MAX_MILLIS, millis));
            buckets.incrementAndGet(bucket);
            count.increment();
            sum.add(millis);
        }

        long count() {
            return count.sum();
        }

        double mean() {
            long n = count();
            return n == 0 ? 0 : (double) sum.sum() / n;
        }

        /** Nearest-rank percentile in ms (0 when empty). */
        long percentile(double p) {
            long n = count();
            if (n == 0) {
                return 0;
            }
            long rank = (long) Math.ceil(p / 100.0 * n);
            long seen = 0;
            for (int i = 0; i <= MAX_MILLIS; i++) {
                seen += buckets.get(i);
                if (seen >= rank) {
                    return i;
                }
            }
            return MAX_MILLIS;
        }

        long max() {
            for (int i = MAX_MILLIS; i >= 0; i--) {
                if (buckets.get(i) > 0) {
                    return i;
                }
            }
            return 0;
        }
    }
}

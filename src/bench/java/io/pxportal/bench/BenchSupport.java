package io.pxportal.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What the PostgreSQL benchmarks share ({@link LicencePositionBench}, {@link FinanceOverviewBench}): the embedded
 * PostgreSQL 17 (zonky, as PostgresCompatibilityIT) or an empty database of one's own, a timed call, and the
 * medians and report rows of the rounds.
 */
final class BenchSupport {

    private BenchSupport() {}

    /** An embedded PostgreSQL on the port, or none when {@code jdbcUrl} names a database of one's own. */
    static EmbeddedPostgres postgres(String jdbcUrl, int port) {
        if (!jdbcUrl.isEmpty()) {
            return null;
        }
        try {
            return EmbeddedPostgres.builder().setPort(port).start();
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start on port " + port, e);
        }
    }

    /** Points the portal's data source at the embedded PostgreSQL, or at {@code jdbcUrl}. */
    static void dataSource(DynamicPropertyRegistry registry, EmbeddedPostgres postgres, String jdbcUrl) {
        registry.add(
                "spring.datasource.url",
                () -> postgres == null ? jdbcUrl : postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    static void stop(EmbeddedPostgres postgres) throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    /** Milliseconds the call took; it must return something, so that nothing is optimised away. */
    static double millis(Supplier<?> work) {
        long started = System.nanoTime();
        Object result = work.get();
        double elapsed = (System.nanoTime() - started) / 1e6;
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        return elapsed;
    }

    /** A report row: median, min and max of one column over the rounds. */
    static String row(String label, List<double[]> runs, int column, String target) {
        List<Double> values = runs.stream().map(r -> r[column]).sorted().toList();
        return String.format(
                "| %s | %.1f ms | %.1f ms | %.1f ms | %s |%n",
                label, median(values), values.getFirst(), values.getLast(), target);
    }

    static double median(List<double[]> runs, int column) {
        return median(runs.stream().map(r -> r[column]).toList());
    }

    /** The median; the mean of the middle two for an even count. */
    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

package io.pxportal.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** An embedded PostgreSQL 17 for one benchmark JVM, tuned as a small server would be for bulk work. */
final class BenchPostgres {

    private BenchPostgres() {}

    static EmbeddedPostgres start(int port) {
        return start(EmbeddedPostgres.builder(), port);
    }

    /** Keeps its data in {@code dataDirectory}: made there if it is empty, used as it is otherwise, and left there. */
    static EmbeddedPostgres start(int port, Path dataDirectory) {
        return start(EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false), port);
    }

    private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder, int port) {
        try {
            return builder.setPort(port)
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("work_mem", "16MB")
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start on port " + port, e);
        }
    }

    /** Points the portal's data source at it. */
    static void register(DynamicPropertyRegistry registry, EmbeddedPostgres postgres) {
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}

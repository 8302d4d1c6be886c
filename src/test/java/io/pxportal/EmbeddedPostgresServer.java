package io.pxportal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/** A real PostgreSQL for a test class, from the embedded binaries on Maven Central (no Docker, no installed server). */
public final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {}

    /** Starts a server on a free port; the test class closes it when it is done. */
    public static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start", e);
        }
    }
}

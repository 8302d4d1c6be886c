package io.pxportal.governance.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.identity.events.IdentityEvent;
import io.pxportal.shared.audit.SecurityEventKind;
import io.pxportal.shared.ratelimit.RateLimitEvent;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit view shows a security event by the message {@code audit.event.<kind>} (from the English bundles:
 * the others are kept in step by MessageBundlesTest); the kinds are enums of the
 * modules that record them, so a kind added there must come with its name, and its stored name must fit the
 * column (30 characters) and never clash with another module's.
 */
class AuditEventNamesTest {

    private static final List<SecurityEventKind> KINDS = Stream.of(IdentityEvent.values(), RateLimitEvent.values())
            .flatMap(Stream::<SecurityEventKind>of)
            .toList();

    @Test
    void every_security_event_kind_has_a_name_in_the_audit_view() throws IOException {
        Properties messages = new Properties();
        List<Path> english;
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/i18n"))) {
            english = Stream.concat(
                            Stream.of(Path.of("src/main/resources/messages.properties")),
                            bundles.filter(f -> !f.getFileName().toString().matches(".*_[a-z]{2}\\.properties")))
                    .toList();
        }
        for (Path bundle : english) {
            try (Reader in = Files.newBufferedReader(bundle, UTF_8)) {
                messages.load(in);
            }
        }
        assertThat(KINDS)
                .isNotEmpty()
                .allSatisfy(kind -> assertThat(messages.getProperty("audit.event." + kind.name()))
                        .as("audit.event.%s", kind.name())
                        .isNotBlank());
    }

    @Test
    void stored_kind_names_fit_their_column_and_are_unique() {
        assertThat(KINDS).allSatisfy(kind -> assertThat(kind.name()).hasSizeLessThanOrEqualTo(30));
        assertThat(KINDS.stream().map(SecurityEventKind::name)).doesNotHaveDuplicates();
    }
}

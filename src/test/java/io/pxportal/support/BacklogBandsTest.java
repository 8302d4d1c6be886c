package io.pxportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.portfolio.PlatformDetails;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The backlog's age bands and the scorecard's aged backlog, now counted by the database, equal what banding each open
 * ticket by its whole days of age gives (the rule the counts replaced), on the demo's tickets.
 */
@PortalIntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class BacklogBandsTest {

    @Autowired
    ComplianceService compliance;

    @Autowired
    VendorTicketRepository tickets;

    @Autowired
    SupportDirectory directory;

    @Autowired
    Clock clock;

    @Test
    void the_counted_bands_equal_each_open_ticket_banded_by_its_age() {
        Instant now = clock.instant();
        Map<String, Long> expected = new TreeMap<>();
        tickets.findAll().stream().filter(t -> !t.getStatus().stopsClock()).forEach(t -> {
            long days = Duration.between(t.getOpenedAt(), now).toDays();
            int band = days >= 91 ? 91 : days >= 31 ? 31 : days >= 8 ? 8 : 0;
            if (days >= 0) {
                expected.merge(t.getSeverity() + "@" + band, 1L, Long::sum);
            }
        });
        Map<String, Long> counted = new TreeMap<>();
        compliance
                .backlog()
                .forEach(row -> row.bySeverity().forEach((severity, n) -> {
                    if (n > 0) {
                        counted.put(severity + "@" + row.minDays(), n);
                    }
                }));

        assertThat(expected).isNotEmpty();
        assertThat(counted).isEqualTo(expected);
    }

    @Test
    void the_aged_backlog_per_vendor_counts_the_tickets_open_longer_than_the_days() {
        Instant now = clock.instant();
        Map<Long, PlatformDetails> platforms = directory.platforms();
        for (int days : new int[] {0, 7, 30}) {
            Map<Long, Long> expected = tickets.findAll().stream()
                    .filter(t -> !t.getStatus().stopsClock())
                    .filter(t -> Duration.between(t.getOpenedAt(), now).toDays() > days)
                    .map(t -> platforms.get(t.getPlatformId()))
                    .filter(p -> p != null && p.vendor() != null)
                    .collect(Collectors.groupingBy(p -> p.vendor().id(), Collectors.counting()));
            assertThat(compliance.agedBacklogByVendor(days))
                    .as("older than %d days", days)
                    .isEqualTo(expected);
        }
    }
}

package io.pxportal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.portfolio.VendorDetails;
import io.pxportal.portfolio.VendorDraft;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.audit.AuditLogEntry;
import io.pxportal.shared.audit.AuditLogFilter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The trail's pages read one after the other give the same lines as one long page, whatever the page size, with
 * security events and record changes interleaved in time. The rows are dated in 1980 (below everything else in the
 * trail) and read under a filter to that year, so other tests neither see them nor add to them.
 */
@PortalIntegrationTest
class AuditLogPagingTest {

    static final Instant EPOCH = Instant.parse("1980-03-01T08:00:00Z");
    static final AuditLogFilter YEAR_1980 = new AuditLogFilter(
            null, null, null, Instant.parse("1980-01-01T00:00:00Z"), Instant.parse("1981-01-01T00:00:00Z"));

    @Autowired
    AuditLogService audit;

    @Autowired
    VendorService vendors;

    @Autowired
    JdbcTemplate jdbc;

    final List<Long> revisions = new ArrayList<>();

    /** Moves the rows out of the year read, still at the end of the trail, so that a rerun starts from none. */
    @AfterEach
    void forgetTheDatedRows() {
        jdbc.update("delete from security_event where username = 'paging-1980'");
        for (Long revision : revisions) {
            jdbc.update(
                    "update revinfo set revision_at = ? where id = ?",
                    Timestamp.from(Instant.parse("1979-01-01T00:00:00Z")),
                    revision);
        }
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void every_page_is_the_same_slice_of_one_long_page() {
        // Record changes at the even minutes, security events at the odd ones, two at the same instant at the end.
        // The newest change has the lowest revision: revision numbers need not follow revision times (an import
        // is stamped when it starts and numbered when it writes).
        for (int i : new int[] {11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}) {
            VendorDetails vendor =
                    vendors.create(new VendorDraft("Paging 1980 Vendor " + i, "DE", null, null, "", List.of(), null));
            Long revision =
                    jdbc.queryForObject("select max(rev) from vendor_aud where id = ?", Long.class, vendor.id());
            revisions.add(revision);
            jdbc.update(
                    "update revinfo set revision_at = ? where id = ?",
                    Timestamp.from(EPOCH.plus(2L * i, ChronoUnit.MINUTES)),
                    revision);
        }
        for (int i = 0; i < 12; i++) {
            jdbc.update(
                    "insert into security_event (occurred_at, username, kind, detail) values (?, ?, ?, '')",
                    Timestamp.from(EPOCH.plus(2L * i + 1, ChronoUnit.MINUTES)),
                    "paging-1980",
                    "LOGIN");
        }
        jdbc.update(
                "insert into security_event (occurred_at, username, kind, detail) values (?, ?, ?, '')",
                Timestamp.from(EPOCH.plus(23, ChronoUnit.MINUTES)),
                "paging-1980",
                "LOGOUT");

        assertThat(audit.count(YEAR_1980)).isEqualTo(25);
        List<AuditLogEntry> whole = audit.page(YEAR_1980, PageRequest.of(0, 25));
        assertThat(whole)
                .extracting(AuditLogEntry::at)
                .isSortedAccordingTo((a, b) -> b.compareTo(a))
                .startsWith(
                        EPOCH.plus(23, ChronoUnit.MINUTES),
                        EPOCH.plus(23, ChronoUnit.MINUTES),
                        EPOCH.plus(22, ChronoUnit.MINUTES))
                .endsWith(EPOCH.plus(1, ChronoUnit.MINUTES), EPOCH);
        for (int size : new int[] {1, 3, 4, 5, 7, 10}) {
            List<AuditLogEntry> paged = new ArrayList<>();
            for (int page = 0; page * size < 25; page++) {
                paged.addAll(audit.page(YEAR_1980, PageRequest.of(page, size)));
            }
            assertThat(paged).as("pages of %d", size).isEqualTo(whole);
        }
        // The same page under another filter is read anew, not taken from the last one.
        AuditLogFilter firstTenMinutes =
                new AuditLogFilter(null, null, null, EPOCH, EPOCH.plus(10, ChronoUnit.MINUTES));
        assertThat(audit.page(firstTenMinutes, PageRequest.of(0, 25))).isEqualTo(whole.subList(15, 25));
        assertThat(audit.page(YEAR_1980, PageRequest.of(1, 5))).isEqualTo(whole.subList(5, 10));
        assertThat(audit.page(firstTenMinutes, PageRequest.of(1, 5))).isEqualTo(whole.subList(20, 25));
    }
}

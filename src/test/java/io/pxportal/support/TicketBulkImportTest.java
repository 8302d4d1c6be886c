package io.pxportal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.exchange.DirectImport;
import io.pxportal.exchange.ImportOptions;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRejectedException;
import io.pxportal.exchange.RepeatedRows;
import io.pxportal.shared.domain.DomainException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The set-based ticket import ({@link TicketBulkImport}) against the row-by-row one ({@link TicketExchange#upsert},
 * i.e. {@code TicketService.record}): the same drafts give the same tickets, histories and SLA outcomes; a bad row
 * leaves nothing behind; a re-import changes nothing; a change is audited; statuses append to the history.
 */
@PortalIntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class TicketBulkImportTest {

    static final String PILOT = SupportExchangeTest.PILOT; // policy in America/New_York, 9–17 on weekdays

    enum Path {
        BULK,
        ROW_BY_ROW
    }

    @Autowired
    TicketExchange exchange;

    @Autowired
    TicketBulkImport bulk;

    @Autowired
    TicketService tickets;

    @Autowired
    DirectImport imports;

    @Autowired
    SupportDirectory directory;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    private ImportOutcome write(Path path, List<TicketDraft> drafts) {
        if (path == Path.ROW_BY_ROW) {
            return exchange.upsert(drafts);
        }
        return new TransactionTemplate(transactions).execute(s -> {
            var staging = bulk.stage();
            for (int i = 0; i < drafts.size(); i++) {
                staging.add(i + 1, drafts.get(i));
            }
            return staging.write();
        });
    }

    private Long pilot() {
        return directory.platformNamed(PILOT).orElseThrow().id();
    }

    private TicketDraft draft(
            String caseId, String title, TicketStatus status, String since, String responded, String resolved) {
        return new TicketDraft(
                pilot(),
                caseId,
                Severity.P2,
                TicketCategory.DEFECT,
                title,
                Instant.parse("2026-03-06T21:00:00Z"),
                status,
                at(since),
                at(responded),
                at(resolved),
                null,
                null);
    }

    private static Instant at(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private TicketView ticket(String caseId) {
        return tickets.page(new TicketFilter(caseId, null, null, null, null, false, false), PageRequest.of(0, 2))
                .getFirst();
    }

    private long revisions() {
        return jdbc.queryForObject("select count(*) from revinfo", Long.class);
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void both_paths_record_the_same_tickets_histories_and_outcomes(Path path) {
        String p = path.name();
        List<TicketDraft> first = List.of(
                draft(
                        p + "-1",
                        "Batch fails",
                        TicketStatus.RESOLVED,
                        "2026-03-12T14:00:00Z",
                        "2026-03-06T21:30:00Z",
                        "2026-03-12T14:00:00Z"),
                draft(p + "-2", "How to count", TicketStatus.WAITING_ON_CUSTOMER, "2026-03-09T16:00:00Z", null, null));
        assertThat(write(path, first)).isEqualTo(new ImportOutcome(2, 0, 0));
        long before = revisions();
        assertThat(write(path, first)).isEqualTo(new ImportOutcome(0, 0, 2));
        assertThat(revisions()).isEqualTo(before);

        List<TicketDraft> newer = List.of(draft(
                p + "-2", "How to count test documents", TicketStatus.IN_PROGRESS, "2026-03-11T14:00:00Z", null, null));
        assertThat(write(path, newer)).isEqualTo(new ImportOutcome(0, 1, 0));

        TicketView resolved = ticket(p + "-1");
        assertThat(resolved.history())
                .extracting(StatusChange::status)
                .containsExactly(TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED);
        assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
        // Fri 16–17 (New York), Mon–Wed 8 h each, Thu 9–10: 26 working hours against 24 across the DST change.
        assertThat(resolved.resolution().used()).isEqualTo(java.time.Duration.ofHours(26));
        assertThat(resolved.resolution().outcome()).isEqualTo(SlaOutcome.BREACHED);
        assertThat(resolved.response().outcome()).isEqualTo(SlaOutcome.MET);
        TicketView waiting = ticket(p + "-2");
        assertThat(waiting.title()).isEqualTo("How to count test documents");
        assertThat(waiting.history())
                .extracting(StatusChange::status)
                .containsExactly(TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.IN_PROGRESS);
        assertThat(waiting.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        // The stored outcomes (what compliance counts) are those the clocks show.
        assertThat(jdbc.queryForList(
                        "select response_outcome, resolution_outcome from vendor_ticket"
                                + " where case_id in (?, ?) order by case_id",
                        p + "-1",
                        p + "-2"))
                .extracting(r -> r.get("response_outcome") + "/" + r.get("resolution_outcome"))
                .containsExactly(
                        resolved.response().outcome() + "/"
                                + resolved.resolution().outcome(),
                        waiting.response().outcome() + "/"
                                + waiting.resolution().outcome());
        assertThat(tickets.history(waiting.id())).hasSize(2); // created, then the new title and status
    }

    @Test
    void a_changed_row_updates_the_ticket_in_one_audited_revision_naming_the_user() {
        write(Path.BULK, List.of(draft("AUD-1", "Old title", null, null, null, null)));
        long before = revisions();
        assertThat(write(Path.BULK, List.of(draft("aud-1", "New title", null, null, null, null))))
                .isEqualTo(new ImportOutcome(0, 1, 0));
        assertThat(revisions()).isEqualTo(before + 1);
        TicketView ticket = ticket("AUD-1");
        assertThat(ticket.title()).isEqualTo("New title");
        assertThat(jdbc.queryForList(
                        "select a.title, a.revtype, r.username from vendor_ticket_aud a join revinfo r"
                                + " on r.id = a.rev where a.id = ? order by a.rev",
                        ticket.id()))
                .extracting(r -> r.get("title") + "|" + r.get("revtype") + "|" + r.get("username"))
                .containsExactly("Old title|0|admin", "New title|1|admin");
        assertThat(jdbc.queryForObject("select version from vendor_ticket where id = ?", Long.class, ticket.id()))
                .isEqualTo(1L);
    }

    @Test
    void a_bad_row_in_a_file_leaves_nothing_behind() {
        String csv = "Number,Priority,Short description,Configuration item,Opened,State,Updated\n"
                + "BAD-1,2 - High,Fine row," + PILOT + ",2026-03-09 10:00,Work in Progress,2026-03-09 11:00\n"
                + "BAD-2,2 - High,Unknown platform,No such platform,2026-03-09 10:00,,\n";
        long before = revisions();
        assertThatThrownBy(() -> importCsv(csv)).isInstanceOf(ImportRejectedException.class);
        assertThat(tickets.count(new TicketFilter("BAD-", null, null, null, null, false, false)))
                .isZero();
        assertThat(revisions()).isEqualTo(before);
    }

    @Test
    void a_key_twice_in_a_file_and_a_change_before_the_opening_are_refused_and_write_nothing() {
        Function<String, List<TicketDraft>> twice = c ->
                List.of(draft(c, "One", null, null, null, null), draft(c.toLowerCase(), "Two", null, null, null, null));
        assertThatThrownBy(() -> write(Path.BULK, twice.apply("TWICE-1")))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors())
                                .singleElement()
                                .satisfies(err -> assertThat(err.row()).isEqualTo(2)));
        List<TicketDraft> early = List.of(
                draft("EARLY-1", "Fine", null, null, null, null),
                draft("EARLY-2", "Responded before it was opened", null, null, "2026-03-01T10:00:00Z", null));
        assertThatThrownBy(() -> write(Path.BULK, early))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("support.ticket.change-before-open"));
        assertThat(tickets.count(new TicketFilter("TWICE-", null, null, null, null, false, false)))
                .isZero();
        assertThat(tickets.count(new TicketFilter("EARLY-", null, null, null, null, false, false)))
                .isZero();
    }

    @Test
    void a_portal_export_that_repeats_rows_imports_each_ticket_once_and_reports_the_repeats() {
        String header = "Number,Priority,Short description,Configuration item,Opened,State,Updated\n";
        String first = "REP-1,2 - High,Batch fails," + PILOT + ",2026-03-09 10:00,Work in Progress,2026-03-09 11:00\n";
        String second = "REP-2,4 - Low,Question," + PILOT + ",2026-03-09 12:00,New,2026-03-09 12:00\n";
        long before = revisions();

        ImportOutcome outcome = importCsv(header + first + second + first);

        assertThat(outcome.created()).isEqualTo(2);
        assertThat(outcome.unchanged()).isZero();
        assertThat(outcome.repeated().rows()).containsExactly(new RepeatedRows.Repeat(4, 2));
        assertThat(outcome.repeated().count()).isOne();
        assertThat(tickets.count(new TicketFilter("REP-", null, null, null, null, false, false)))
                .isEqualTo(2);
        assertThat(revisions()).isEqualTo(before + 1);
    }

    @Test
    void a_ticket_repeated_with_other_values_is_an_error_naming_both_lines() {
        String csv = "Number,Priority,Short description,Configuration item,Opened,State,Updated\n"
                + "CONF-1,2 - High,\"Batch fails\nwith a long log\"," + PILOT
                + ",2026-03-09 10:00,New,2026-03-09 10:00\n"
                + "CONF-1,2 - High,Batch fails," + PILOT + ",2026-03-09 10:00,Work in Progress,2026-03-09 11:00\n";

        assertThatThrownBy(() -> importCsv(csv))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.row()).isEqualTo(4L);
                            assertThat(error.column()).isEqualTo("caseId");
                            assertThat(error.arguments()).containsExactly(2L, 4L);
                        }));
        assertThat(tickets.count(new TicketFilter("CONF-", null, null, null, null, false, false)))
                .isZero();
    }

    private ImportOutcome importCsv(String csv) {
        return imports.importNow(
                "tickets",
                "incidents.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults());
    }
}

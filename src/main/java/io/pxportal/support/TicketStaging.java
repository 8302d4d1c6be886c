package io.pxportal.support;

import io.pxportal.exchange.StagedImport;
import io.pxportal.exchange.StagedRepeats;
import io.pxportal.exchange.StagingTable;
import io.pxportal.exchange.StagingWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The temporary tables of one ticket import and the SQL that works on them: the staged rows
 * ({@code ticket_import_staging}, with the id of the stored ticket each one matches), and what re-timing them
 * produced — tickets to create or change ({@code ticket_import_result}) and status changes to append
 * ({@code ticket_import_change}). Rows go in with COPY on PostgreSQL and JDBC batches elsewhere (H2, both by
 * {@link StagingTable}); the rest is standard SQL (MERGE: PostgreSQL 15+ and H2) on both.
 */
final class TicketStaging {

    private static final List<String> STAGED = List.of(
            "row_no bigint not null",
            "platform_id bigint not null",
            "case_id varchar(60) not null",
            "severity varchar(2) not null",
            "category varchar(20) not null",
            "title varchar(300) not null",
            "opened_at timestamp(6) with time zone not null",
            "status varchar(30)",
            "status_since timestamp(6) with time zone",
            "responded_at timestamp(6) with time zone",
            "resolved_at timestamp(6) with time zone",
            "closed_at timestamp(6) with time zone",
            "ticket_id bigint");
    private static final List<String> RESULT = List.of(
            "row_no bigint not null",
            "ticket_id bigint",
            "kind char(1) not null",
            "platform_id bigint not null",
            "policy_id bigint",
            "case_id varchar(60) not null",
            "severity varchar(2) not null",
            "category varchar(20) not null",
            "title varchar(300) not null",
            "status varchar(30) not null",
            "opened_at timestamp(6) with time zone not null",
            "opened_month varchar(7) not null",
            "first_response_at timestamp(6) with time zone",
            "resolved_at timestamp(6) with time zone",
            "response_outcome varchar(10)",
            "response_minutes integer",
            "resolution_outcome varchar(10)",
            "resolution_minutes integer");
    private static final List<String> CHANGE = List.of(
            "row_no bigint not null", "status varchar(30) not null", "changed_at timestamp(6) with time zone not null");
    private static final String TICKET_COLUMNS = "platform_id, policy_id, case_id, severity, category, title, status,"
            + " opened_at, opened_month, first_response_at, resolved_at";

    /** The natural key (platform, case id in any case) and the values a repeated row is compared by. */
    private static final StagedRepeats REPEATS = new StagedRepeats(
            "ticket_import_staging",
            List.of("%1$s.platform_id", "lower(%1$s.case_id)"),
            List.of(
                    "case_id",
                    "severity",
                    "category",
                    "title",
                    "opened_at",
                    "status",
                    "status_since",
                    "responded_at",
                    "resolved_at",
                    "closed_at"),
            "caseId");

    private final Connection connection;
    private final boolean postgres;
    private final StagedImport staged;
    private final StagingTable result;
    private final StagingTable change;

    TicketStaging(Connection connection) throws SQLException {
        this.connection = connection;
        // The tables first: opening the staged import starts its COPY, and a connection does nothing else until a
        // COPY has ended (PostgreSQL's driver waits for it, in the same thread: for ever).
        this.result = StagingTable.create(connection, "ticket_import_result", RESULT);
        this.change = StagingTable.create(connection, "ticket_import_change", CHANGE);
        // ticket_id is the stored ticket's, filled in by matchStored
        this.staged = StagedImport.open(
                StagingTable.create(connection, "ticket_import_staging", STAGED), STAGED.size() - 1, REPEATS);
        this.postgres = result.postgres();
    }

    void add(long row, TicketDraft d) {
        staged.rows()
                .number(row)
                .number(d.platformId())
                .text(d.caseId().trim())
                .name(d.severity())
                .name(d.category())
                .text(d.title().trim())
                .instant(d.openedAt())
                .name(d.status())
                .instant(d.statusSince())
                .instant(d.firstResponseAt())
                .instant(d.resolvedAt())
                .instant(d.closedAt())
                .endRow();
    }

    /** The staged rows, with the checks of keys repeated in the file. */
    StagedImport staged() {
        return staged;
    }

    Set<Long> platformIds() throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Statement s = connection.createStatement();
                ResultSet rows = s.executeQuery("select distinct platform_id from ticket_import_staging")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** Each staged row gets the id of the stored ticket with its key, in one statement; then an index to page by. */
    void matchStored() throws SQLException {
        execute("""
                merge into ticket_import_staging s using vendor_ticket t
                   on (t.platform_id = s.platform_id and lower(t.case_id) = lower(s.case_id))
                 when matched then update set ticket_id = t.id""");
        if (postgres) {
            // H2 stages the few rows of tests and the demo; its DDL would also end the transaction
            execute("create index ticket_import_staging_row on ticket_import_staging (row_no)");
            execute("analyze ticket_import_staging");
        }
    }

    long lastRow() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rows = s.executeQuery("select coalesce(max(row_no), -1) from ticket_import_staging")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The staged rows numbered {@code from} (inclusive) to {@code to}, with their stored tickets and histories. */
    List<StagedTicket> chunk(long from, long to) throws SQLException {
        if (!postgres) {
            return StagedTicket.read(connection, from, to);
        }
        // A chunk is 10,000 rows, so each stored ticket and its history are fetched by key. PostgreSQL's default costs
        // (random_page_cost 4) made it hash-join every chunk against whole tables instead: re-importing 1,000,000
        // tickets scanned vendor_ticket (1 M rows) and ticket_status_change (2.6 M) once per chunk, ≈ 650 ms each,
        // 100 times (EXPLAIN ANALYZE in the ticket benchmark, docs/benchmarks.md). Only for this query.
        // A failure ends the transaction, and the settings with it.
        execute("set local enable_hashjoin = off");
        execute("set local enable_mergejoin = off");
        List<StagedTicket> chunk = StagedTicket.read(connection, from, to);
        execute("set local enable_hashjoin to default");
        execute("set local enable_mergejoin to default");
        return chunk;
    }

    /** Stages what a chunk's rows produced. */
    void addResults(List<RetimedTicket> results) throws SQLException {
        if (results.isEmpty()) {
            return;
        }
        result.write(tickets -> results.forEach(r -> addResult(tickets, r)));
        change.write(changes -> results.forEach(r -> r.appended()
                .forEach(c -> changes.number(r.rowNo())
                        .name(c.status())
                        .instant(c.at())
                        .endRow())));
    }

    private static void addResult(StagingWriter tickets, RetimedTicket r) {
        VendorTicket t = r.ticket();
        tickets.number(r.rowNo())
                .number(r.ticketId())
                .text(r.write().code())
                .number(t.getPlatformId())
                .number(t.getPolicyId())
                .text(t.getCaseId())
                .name(t.getSeverity())
                .name(t.getCategory())
                .text(t.getTitle())
                .name(t.getStatus())
                .instant(t.getOpenedAt())
                .text(t.getOpenedMonth())
                .instant(t.getFirstResponseAt())
                .instant(t.getResolvedAt())
                .name(t.getResponseOutcome())
                .number(t.getResponseMinutes())
                .name(t.getResolutionOutcome())
                .number(t.getResolutionMinutes())
                .endRow();
    }

    /**
     * Counts the new and changed tickets in the outcome summary, creates the new tickets, updates the changed ones
     * (version + 1), appends the status changes, and writes the audit rows of what was created or changed in
     * {@code revision}. The kinds are the codes of {@link RetimedTicket.Write}.
     */
    void merge(long revision) throws SQLException {
        TicketOutcomeSummary.importStep(connection, postgres);
        execute("insert into vendor_ticket (version, " + TICKET_COLUMNS + ", response_outcome, response_minutes,"
                + " resolution_outcome, resolution_minutes) select 0, " + TICKET_COLUMNS + ", response_outcome,"
                + " response_minutes, resolution_outcome, resolution_minutes from ticket_import_result"
                + " where kind = 'C' order by row_no");
        execute("""
                merge into ticket_import_result r using vendor_ticket t
                   on (r.kind = 'C' and t.platform_id = r.platform_id and t.case_id = r.case_id)
                 when matched then update set ticket_id = t.id""");
        execute("""
                merge into vendor_ticket t using ticket_import_result r on (r.kind <> 'C' and t.id = r.ticket_id)
                 when matched then update set version = t.version + 1, severity = r.severity,
                      category = r.category, title = r.title, status = r.status, first_response_at =
                      r.first_response_at, resolved_at = r.resolved_at, response_outcome = r.response_outcome,
                      response_minutes = r.response_minutes, resolution_outcome = r.resolution_outcome,
                      resolution_minutes = r.resolution_minutes""");
        execute("insert into ticket_status_change (ticket_id, status, changed_at) select r.ticket_id, c.status,"
                + " c.changed_at from ticket_import_change c join ticket_import_result r on r.row_no = c.row_no");
        try (PreparedStatement audit = connection.prepareStatement("insert into vendor_ticket_aud (id, rev, revtype, "
                + TICKET_COLUMNS + ") select ticket_id, ?, case kind when 'C' then 0 else 1 end, " + TICKET_COLUMNS
                + " from ticket_import_result where kind in ('C', 'U')")) {
            audit.setLong(1, revision);
            audit.executeUpdate();
        }
    }

    /** The import transaction's connection the rows are staged on. */
    Connection connection() {
        return connection;
    }

    void close() {
        staged.close();
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

package io.pxportal.support;

import io.pxportal.exchange.RepeatedRows;
import io.pxportal.exchange.RowError;
import io.pxportal.exchange.StagedRepeats;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The temporary tables of one ticket import and the SQL that works on them: the staged rows
 * ({@code ticket_import_staging}, with the id of the stored ticket each one matches), and what re-timing them
 * produced — tickets to create or change ({@code ticket_import_result}) and status changes to append
 * ({@code ticket_import_change}). Rows go in with COPY on PostgreSQL and JDBC batches elsewhere (H2); the rest is
 * standard SQL (MERGE: PostgreSQL 15+ and H2) on both.
 */
final class TicketStaging {

    private static final String STAGED = "row_no bigint not null, platform_id bigint not null, case_id varchar(60) "
            + "not null, severity varchar(2) not null, category varchar(20) not null, title varchar(300) not null, "
            + "opened_at timestamp(6) with time zone not null, status varchar(30), status_since timestamp(6) with "
            + "time zone, responded_at timestamp(6) with time zone, resolved_at timestamp(6) with time zone, "
            + "closed_at timestamp(6) with time zone, ticket_id bigint";
    private static final String RESULT = "row_no bigint not null, ticket_id bigint, kind char(1) not null, "
            + "platform_id bigint not null, policy_id bigint, case_id varchar(60) not null, severity varchar(2) not "
            + "null, category varchar(20) not null, title varchar(300) not null, status varchar(30) not null, "
            + "opened_at timestamp(6) with time zone not null, opened_month varchar(7) not null, first_response_at "
            + "timestamp(6) with time zone, resolved_at timestamp(6) with time zone, response_outcome varchar(10), "
            + "response_minutes integer, resolution_outcome varchar(10), resolution_minutes integer";
    private static final String CHANGE =
            "row_no bigint not null, status varchar(30) not null, " + "changed_at timestamp(6) with time zone not null";
    private static final String TICKET_COLUMNS = "platform_id, policy_id, case_id, severity, category, title, status,"
            + " opened_at, opened_month, first_response_at, resolved_at";

    /** A staged row with what is stored for its ticket (nothing when new). */
    record Stored(
            long rowNo,
            TicketDraft draft,
            Long ticketId,
            Long policyId,
            String caseId,
            Severity severity,
            TicketCategory category,
            String title,
            Instant openedAt,
            SlaOutcome responseOutcome,
            Integer responseMinutes,
            SlaOutcome resolutionOutcome,
            Integer resolutionMinutes,
            List<StatusChange> history) {

        /** Whether re-timing left the stored outcomes as they were. */
        boolean sameOutcomes(VendorTicket ticket) {
            return responseOutcome == ticket.getResponseOutcome()
                    && resolutionOutcome == ticket.getResolutionOutcome()
                    && Objects.equals(responseMinutes, ticket.getResponseMinutes())
                    && Objects.equals(resolutionMinutes, ticket.getResolutionMinutes());
        }
    }

    /** What to write for a row: C create, U update (audited), O only the re-timed outcomes. */
    record Result(long rowNo, Long ticketId, char kind, VendorTicket ticket, List<StatusChange> appended) {}

    private final Connection connection;
    private final boolean postgres;
    private final Table staged;

    TicketStaging(Connection connection) throws SQLException {
        this.connection = connection;
        this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        create("ticket_import_staging", STAGED);
        create("ticket_import_result", RESULT);
        create("ticket_import_change", CHANGE);
        this.staged = table("ticket_import_staging", 12);
    }

    private void create(String name, String columns) throws SQLException {
        if (postgres) {
            execute("create temporary table " + name + " (" + columns + ") on commit drop");
        } else {
            // TRANSACTIONAL: H2 would otherwise commit the open transaction on CREATE.
            execute("create local temporary table if not exists " + name + " (" + columns
                    + ") on commit drop transactional");
            execute("delete from " + name);
        }
    }

    private Table table(String name, int columns) throws SQLException {
        return postgres ? new CopyTable(connection, name, columns) : new BatchTable(connection, name, columns);
    }

    void add(long row, TicketDraft d) {
        staged.add(
                row,
                d.platformId(),
                d.caseId().trim(),
                d.severity().name(),
                d.category().name(),
                d.title().trim(),
                d.openedAt(),
                d.status() == null ? null : d.status().name(),
                d.statusSince(),
                d.firstResponseAt(),
                d.resolvedAt(),
                d.closedAt());
    }

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

    /** The rows whose key an earlier row of the file has with other values: errors naming both rows. */
    List<RowError> repeatedKeys(int limit) {
        try {
            staged.flush();
            return REPEATS.conflicts(connection, limit);
        } catch (SQLException e) {
            throw TicketBulkImport.failure(e);
        }
    }

    /** The rows that repeat an earlier row of the file exactly. */
    RepeatedRows repeatedRows() {
        try {
            staged.flush();
            return REPEATS.repeated(connection);
        } catch (SQLException e) {
            throw TicketBulkImport.failure(e);
        }
    }

    /** Removes the rows that repeat an earlier row exactly, so that each is taken once; returns how many. */
    long dropRepeated() throws SQLException {
        staged.flush();
        return REPEATS.dropRepeated(connection);
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
    List<Stored> chunk(long from, long to) throws SQLException {
        if (!postgres) {
            return readChunk(from, to);
        }
        // A chunk is 10,000 rows, so each stored ticket and its history are fetched by key. PostgreSQL's default costs
        // (random_page_cost 4) made it hash-join every chunk against whole tables instead: re-importing 1,000,000
        // tickets scanned vendor_ticket (1 M rows) and ticket_status_change (2.6 M) once per chunk, ≈ 650 ms each,
        // 100 times (EXPLAIN ANALYZE in the ticket benchmark, docs/benchmarks.md). Only for this query.
        // A failure ends the transaction, and the settings with it.
        execute("set local enable_hashjoin = off");
        execute("set local enable_mergejoin = off");
        List<Stored> chunk = readChunk(from, to);
        execute("set local enable_hashjoin to default");
        execute("set local enable_mergejoin to default");
        return chunk;
    }

    private List<Stored> readChunk(long from, long to) throws SQLException {
        List<Stored> chunk = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select s.row_no, s.platform_id, s.case_id, s.severity, s.category, s.title, s.opened_at, s.status,
                       s.status_since, s.responded_at, s.resolved_at, s.closed_at, s.ticket_id,
                       t.policy_id, t.case_id, t.severity, t.category, t.title, t.opened_at, t.response_outcome,
                       t.response_minutes, t.resolution_outcome, t.resolution_minutes, c.status, c.changed_at
                from ticket_import_staging s
                left join vendor_ticket t on t.id = s.ticket_id
                left join ticket_status_change c on c.ticket_id = s.ticket_id
                where s.row_no >= ? and s.row_no < ?
                order by s.row_no, c.changed_at, c.id""")) {
            query.setLong(1, from);
            query.setLong(2, to);
            try (ResultSet rs = query.executeQuery()) {
                Stored current = null;
                while (rs.next()) {
                    long rowNo = rs.getLong(1);
                    if (current == null || current.rowNo() != rowNo) {
                        current = stored(rs, rowNo);
                        chunk.add(current);
                    }
                    String status = rs.getString(24);
                    if (status != null) {
                        current.history().add(new StatusChange(TicketStatus.valueOf(status), instant(rs, 25)));
                    }
                }
            }
        }
        return chunk;
    }

    private static Stored stored(ResultSet rs, long rowNo) throws SQLException {
        String status = rs.getString(8);
        TicketDraft draft = new TicketDraft(
                rs.getLong(2),
                rs.getString(3),
                Severity.valueOf(rs.getString(4)),
                TicketCategory.valueOf(rs.getString(5)),
                rs.getString(6),
                instant(rs, 7),
                status == null ? null : TicketStatus.valueOf(status),
                instant(rs, 9),
                instant(rs, 10),
                instant(rs, 11),
                instant(rs, 12),
                null);
        Long ticketId = rs.getObject(13) == null ? null : rs.getLong(13);
        if (ticketId == null) {
            return new Stored(
                    rowNo, draft, null, null, null, null, null, null, null, null, null, null, null, new ArrayList<>());
        }
        return new Stored(
                rowNo,
                draft,
                ticketId,
                rs.getObject(14) == null ? null : rs.getLong(14),
                rs.getString(15),
                Severity.valueOf(rs.getString(16)),
                TicketCategory.valueOf(rs.getString(17)),
                rs.getString(18),
                instant(rs, 19),
                outcome(rs.getString(20)),
                (Integer) rs.getObject(21, Integer.class),
                outcome(rs.getString(22)),
                (Integer) rs.getObject(23, Integer.class),
                new ArrayList<>());
    }

    private static SlaOutcome outcome(String name) {
        return name == null ? null : SlaOutcome.valueOf(name);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    /** Stages what a chunk's rows produced. */
    void addResults(List<Result> results) throws SQLException {
        if (results.isEmpty()) {
            return;
        }
        Table result = table("ticket_import_result", 18);
        for (Result r : results) {
            VendorTicket t = r.ticket();
            result.add(
                    r.rowNo(),
                    r.ticketId(),
                    String.valueOf(r.kind()),
                    t.getPlatformId(),
                    t.getPolicyId(),
                    t.getCaseId(),
                    t.getSeverity().name(),
                    t.getCategory().name(),
                    t.getTitle(),
                    t.getStatus().name(),
                    t.getOpenedAt(),
                    t.getOpenedMonth(),
                    t.getFirstResponseAt(),
                    t.getResolvedAt(),
                    name(t.getResponseOutcome()),
                    t.getResponseMinutes(),
                    name(t.getResolutionOutcome()),
                    t.getResolutionMinutes());
        }
        result.flush();
        result.close();
        Table change = table("ticket_import_change", 3);
        for (Result r : results) {
            for (StatusChange c : r.appended()) {
                change.add(r.rowNo(), c.status().name(), c.at());
            }
        }
        change.flush();
        change.close();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /**
     * Counts the new and changed tickets in the outcome summary, creates the new tickets, updates the changed ones
     * (version + 1), appends the status changes, and writes the audit rows of what was created or changed in
     * {@code revision}.
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

    /** Rows on their way into one temporary table. */
    private interface Table {
        void add(Object... values);

        void flush();

        void close();
    }

    /** COPY in PostgreSQL's text format, sent in blocks while the rows are still being read. */
    private static final class CopyTable implements Table {

        private static final int BUFFER_CHARS = 256 * 1024;
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(BUFFER_CHARS + 1024);

        CopyTable(Connection connection, String name, int columns) throws SQLException {
            this.copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + name + " (" + columnsOf(name, columns) + ") from stdin");
        }

        @Override
        public void add(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    buffer.append("\\N");
                } else if (v instanceof String text) {
                    escape(text);
                } else {
                    buffer.append(v); // numbers, and instants in ISO 8601 with Z, which timestamptz reads as UTC
                }
            }
            buffer.append('\n');
            if (buffer.length() >= BUFFER_CHARS) {
                send();
            }
        }

        private void escape(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(c);
                }
            }
        }

        private void send() {
            try {
                byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                buffer.setLength(0);
            } catch (SQLException e) {
                throw TicketBulkImport.failure(e);
            }
        }

        @Override
        public void flush() {
            if (copy.isActive()) {
                send();
                try {
                    copy.endCopy();
                } catch (SQLException e) {
                    throw TicketBulkImport.failure(e);
                }
            }
        }

        @Override
        public void close() {
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException e) {
                // The transaction is ending anyway; a COPY that cannot be cancelled fails the connection, not data.
            }
        }
    }

    /** JDBC batches of an INSERT (H2). */
    private static final class BatchTable implements Table {

        private static final int BATCH = 1_000;
        private final PreparedStatement insert;
        private int batched;

        BatchTable(Connection connection, String name, int columns) throws SQLException {
            this.insert = connection.prepareStatement("insert into " + name + " (" + columnsOf(name, columns)
                    + ") values (" + "?, ".repeat(columns - 1) + "?)");
        }

        @Override
        public void add(Object... values) {
            try {
                for (int i = 0; i < values.length; i++) {
                    Object v = values[i];
                    insert.setObject(i + 1, v instanceof Instant at ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC) : v);
                }
                insert.addBatch();
                if (++batched == BATCH) {
                    flush();
                }
            } catch (SQLException e) {
                throw TicketBulkImport.failure(e);
            }
        }

        @Override
        public void flush() {
            if (batched > 0) {
                try {
                    insert.executeBatch();
                } catch (SQLException e) {
                    throw TicketBulkImport.failure(e);
                }
                batched = 0;
            }
        }

        @Override
        public void close() {
            try {
                insert.close();
            } catch (SQLException e) {
                // Closing a statement of a transaction that is ending: nothing to keep.
            }
        }
    }

    /** The first {@code count} columns of a staging table, in the order of its definition. */
    private static String columnsOf(String name, int count) {
        String definition = switch (name) {
            case "ticket_import_staging" -> STAGED;
            case "ticket_import_result" -> RESULT;
            default -> CHANGE;
        };
        List<String> names = new ArrayList<>();
        for (String column : definition.split(", ")) {
            names.add(column.trim().split(" ")[0]);
        }
        return String.join(", ", names.subList(0, count));
    }
}

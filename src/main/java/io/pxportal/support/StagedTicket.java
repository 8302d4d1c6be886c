package io.pxportal.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A row of a ticket import's staging table with what is stored for its ticket (nothing when new). */
record StagedTicket(
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

    /** The staged rows numbered {@code from} (inclusive) to {@code to}, with their stored tickets and histories. */
    static List<StagedTicket> read(Connection connection, long from, long to) throws SQLException {
        List<StagedTicket> chunk = new ArrayList<>();
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
                StagedTicket current = null;
                while (rs.next()) {
                    long rowNo = rs.getLong(1);
                    if (current == null || current.rowNo() != rowNo) {
                        current = of(rs, rowNo);
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

    private static StagedTicket of(ResultSet rs, long rowNo) throws SQLException {
        TicketDraft draft = draft(rs);
        Long ticketId = rs.getObject(13) == null ? null : rs.getLong(13);
        if (ticketId == null) {
            return new StagedTicket(
                    rowNo, draft, null, null, null, null, null, null, null, null, null, null, null, new ArrayList<>());
        }
        return new StagedTicket(
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

    private static TicketDraft draft(ResultSet rs) throws SQLException {
        String status = rs.getString(8);
        return new TicketDraft(
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
    }

    private static SlaOutcome outcome(String name) {
        return name == null ? null : SlaOutcome.valueOf(name);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}

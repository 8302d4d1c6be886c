package io.pxportal.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The monthly summary of ticket outcomes that SLA compliance reads ({@code ticket_outcome_month}, V104): how many
 * tickets of a month, policy, platform and severity ended with each pair of clock outcomes, so that a year's
 * compliance reads a few thousand rows whatever the number of tickets. Only tickets with a policy and at least one
 * decided clock are counted; a clock still running or at risk counts as {@link SlaOutcome#RUNNING}.
 *
 * <p>The one place that keeps it current: every write of a ticket's outcomes calls it in its own transaction —
 * {@link #recount} after an entity's outcomes, severity or month changed, {@link #forget} after a delete,
 * {@link #importStep} in the bulk import's set-based write. Changes are atomic increments (an upsert), netted per key
 * and applied in key order after the ticket rows are written, so concurrent writers neither lose counts nor
 * deadlock on the summary: each holds its ticket rows before it takes summary rows, and those in one order.
 */
@Component
class TicketOutcomeSummary {

    static final String KEY = "opened_month, policy_id, platform_id, severity, response_outcome, resolution_outcome";
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::month)
            .thenComparing(Key::policyId)
            .thenComparing(Key::platformId)
            .thenComparing(k -> k.severity().name())
            .thenComparing(k -> k.response().name())
            .thenComparing(k -> k.resolution().name());

    private final JdbcTemplate jdbc;
    private final VendorTicketRepository tickets;
    private volatile Boolean postgres;

    TicketOutcomeSummary(JdbcTemplate jdbc, VendorTicketRepository tickets) {
        this.jdbc = jdbc;
        this.tickets = tickets;
    }

    /** Where a ticket is counted in the summary; null: not counted (no policy, or no clock decided). */
    record Key(
            String month,
            Long policyId,
            Long platformId,
            Severity severity,
            SlaOutcome response,
            SlaOutcome resolution) {

        static Key of(VendorTicket ticket) {
            SlaOutcome response = counted(ticket.getResponseOutcome());
            SlaOutcome resolution = counted(ticket.getResolutionOutcome());
            if (ticket.getPolicyId() == null || response == SlaOutcome.RUNNING && resolution == SlaOutcome.RUNNING) {
                return null;
            }
            return new Key(
                    ticket.getOpenedMonth(),
                    ticket.getPolicyId(),
                    ticket.getPlatformId(),
                    ticket.getSeverity(),
                    response,
                    resolution);
        }

        private static SlaOutcome counted(SlaOutcome outcome) {
            return outcome != null && outcome.decided() ? outcome : SlaOutcome.RUNNING;
        }
    }

    /** The same rule in SQL, for one outcome column of {@code vendor_ticket} or the import's result table. */
    static String counted(String column) {
        return "case when " + column + " in ('MET', 'BREACHED') then " + column + " else 'RUNNING' end";
    }

    /** Whether a row of {@code vendor_ticket} (or the import's result) is counted, in SQL. */
    static String isCounted(String alias) {
        return alias + ".policy_id is not null and (" + alias + ".response_outcome in ('MET', 'BREACHED') or " + alias
                + ".resolution_outcome in ('MET', 'BREACHED'))";
    }

    void recount(VendorTicket ticket) {
        recount(List.of(ticket));
    }

    /**
     * Counts each ticket under the key its outcomes, severity and month give now instead of the key it was counted
     * under (as loaded, or as last recounted). Writes the tickets' rows first.
     */
    void recount(Collection<VendorTicket> changed) {
        Map<Key, Long> deltas = new TreeMap<>(ORDER);
        for (VendorTicket ticket : changed) {
            Key was = ticket.countedAs();
            Key now = Key.of(ticket);
            if (!Objects.equals(was, now)) {
                add(deltas, was, -1);
                add(deltas, now, 1);
            }
        }
        apply(deltas);
        changed.forEach(t -> t.countedAs(Key.of(t)));
    }

    /** The ticket was deleted: it is counted no more. */
    void forget(VendorTicket ticket) {
        Map<Key, Long> deltas = new TreeMap<>(ORDER);
        add(deltas, ticket.countedAs(), -1);
        apply(deltas);
        ticket.countedAs(null);
    }

    private static void add(Map<Key, Long> deltas, Key key, long delta) {
        if (key != null) {
            deltas.merge(key, delta, Long::sum);
        }
    }

    private void apply(Map<Key, Long> deltas) {
        deltas.values().removeIf(d -> d == 0);
        if (deltas.isEmpty()) {
            return;
        }
        tickets.flush();
        String source = postgres()
                ? "values (?, ?, ?, ?, ?, ?, ?)"
                : "select cast(? as varchar(7)) as opened_month, cast(? as bigint) as policy_id, cast(? as bigint)"
                        + " as platform_id, cast(? as varchar(2)) as severity, cast(? as varchar(10)) as response_outcome,"
                        + " cast(? as varchar(10)) as resolution_outcome, cast(? as bigint) as tickets";
        jdbc.batchUpdate(
                upsert(postgres(), source),
                deltas.entrySet().stream()
                        .map(e -> new Object[] {
                            e.getKey().month(),
                            e.getKey().policyId(),
                            e.getKey().platformId(),
                            e.getKey().severity().name(),
                            e.getKey().response().name(),
                            e.getKey().resolution().name(),
                            e.getValue()
                        })
                        .toList());
    }

    /**
     * Adds the rows of {@code source} (the key's columns and {@code tickets}, a change to add) to the summary in one
     * atomic statement: PostgreSQL's upsert, MERGE on H2 (which has no ON CONFLICT … DO UPDATE).
     */
    private static String upsert(boolean postgres, String source) {
        if (postgres) {
            return "insert into ticket_outcome_month (" + KEY + ", tickets) " + source + " on conflict (" + KEY
                    + ") do update set tickets = ticket_outcome_month.tickets + excluded.tickets";
        }
        return "merge into ticket_outcome_month m using (" + source + ") d on (m.opened_month = d.opened_month and "
                + "m.policy_id = d.policy_id and m.platform_id = d.platform_id and m.severity = d.severity and "
                + "m.response_outcome = d.response_outcome and m.resolution_outcome = d.resolution_outcome) "
                + "when matched then update set tickets = m.tickets + d.tickets "
                + "when not matched then insert (" + KEY + ", tickets) values (d.opened_month, d.policy_id, "
                + "d.platform_id, d.severity, d.response_outcome, d.resolution_outcome, d.tickets)";
    }

    /**
     * The bulk import's part, set-based, before it writes {@code ticket_import_result} into {@code vendor_ticket}:
     * the stored tickets it changes are locked first (so that what they are counted under cannot change before they
     * are overwritten), then one statement takes each of them off its stored key and counts every created or
     * changed ticket under its new one. An existing ticket keeps its platform, policy and month.
     */
    static void importStep(Connection connection, boolean postgres) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            String lock = "select id from vendor_ticket where id in (select ticket_id from ticket_import_result"
                    + " where kind <> 'C') order by id for update";
            // On PostgreSQL the locked ids stay on the server (a million of them would otherwise fill the heap).
            statement.execute(postgres ? "select count(*) from (" + lock + ") locked" : lock);
            statement.executeUpdate(upsert(postgres, """
                    select opened_month, policy_id, platform_id, severity, response_outcome, resolution_outcome,
                           sum(d) as tickets
                    from (select t.opened_month, t.policy_id, t.platform_id, t.severity,
                                 %1$s as response_outcome, %2$s as resolution_outcome, -1 as d
                          from ticket_import_result r join vendor_ticket t on t.id = r.ticket_id
                          where r.kind <> 'C' and %3$s
                          union all
                          select coalesce(t.opened_month, r.opened_month), r.policy_id, r.platform_id, r.severity,
                                 %4$s, %5$s, 1
                          from ticket_import_result r left join vendor_ticket t on r.kind <> 'C' and t.id = r.ticket_id
                          where %6$s) x
                    group by opened_month, policy_id, platform_id, severity, response_outcome, resolution_outcome
                    having sum(d) <> 0
                    order by opened_month, policy_id, platform_id, severity, response_outcome, resolution_outcome
                    """.formatted(
                            counted("t.response_outcome"),
                            counted("t.resolution_outcome"),
                            isCounted("t"),
                            counted("r.response_outcome"),
                            counted("r.resolution_outcome"),
                            isCounted("r"))));
        }
    }

    /**
     * Counts every ticket afresh from {@code vendor_ticket}, as V104 did: for data written around the portal (the
     * benchmarks' generated tickets).
     */
    void rebuild() {
        jdbc.update("delete from ticket_outcome_month");
        jdbc.update("insert into ticket_outcome_month (" + KEY + ", tickets) select opened_month, policy_id,"
                + " platform_id, severity, response_outcome, resolution_outcome, count(*) from (select opened_month,"
                + " policy_id, platform_id, severity, " + counted("response_outcome") + " as response_outcome, "
                + counted("resolution_outcome") + " as resolution_outcome from vendor_ticket t where "
                + isCounted("t") + ") x group by " + KEY);
    }

    /** Outcome counts per month, severity, platform and policy of the months from {@code from} to {@code to}. */
    List<OutcomeCount> counts(YearMonth from, YearMonth to) {
        return jdbc.query(
                "select opened_month, severity, platform_id, policy_id, response_outcome,"
                        + " resolution_outcome, tickets from ticket_outcome_month where opened_month between ? and ?"
                        + " and tickets > 0",
                (rs, n) -> new OutcomeCount(
                        rs.getString(1),
                        Severity.valueOf(rs.getString(2)),
                        rs.getLong(3),
                        rs.getLong(4),
                        SlaOutcome.valueOf(rs.getString(5)),
                        SlaOutcome.valueOf(rs.getString(6)),
                        rs.getLong(7)),
                from.toString(),
                to.toString());
    }

    /** The same per month and severity only (platform and policy left empty): what the grid by month needs. */
    List<OutcomeCount> countsByMonth(YearMonth from, YearMonth to) {
        return jdbc.query(
                "select opened_month, severity, response_outcome, resolution_outcome, sum(tickets)"
                        + " from ticket_outcome_month where opened_month between ? and ? and tickets > 0"
                        + " group by opened_month, severity, response_outcome, resolution_outcome",
                (rs, n) -> new OutcomeCount(
                        rs.getString(1),
                        Severity.valueOf(rs.getString(2)),
                        null,
                        null,
                        SlaOutcome.valueOf(rs.getString(3)),
                        SlaOutcome.valueOf(rs.getString(4)),
                        rs.getLong(5)),
                from.toString(),
                to.toString());
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>)
                    c -> "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())));
            postgres = known;
        }
        return known;
    }
}

package io.pxportal.support;

import io.pxportal.TestLogins;
import io.pxportal.shared.security.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The support benchmark's data on PostgreSQL: 4 vendors with 10 platforms each, one contract per vendor and its SLA
 * policy (made through {@link SlaPolicyService}, so they are what a user would have entered: business hours in
 * Berlin, New York with public holidays, Kolkata with two pausing statuses, and one round the clock), then
 * {@code tickets} tickets over the last two years with their status histories, made set-based in SQL, and finally
 * each ticket's SLA outcomes as the portal keeps them: the portal's own clock code ({@link TicketClocks#of}) run
 * over every ticket's history, streamed out of and back into the database, and their monthly summary
 * ({@link TicketOutcomeSummary#rebuild}).
 *
 * <p>Tickets: severities P1 3 %, P2 12 %, P3 45 %, P4 40 %; opened evenly over 730 days up to now (ids grow with
 * time); histories of 3, 5 or 7 changes (responded, waiting on us, on hold, resolved, reopened, closed; 4.8 on
 * average), with times in each status scaled by severity; changes that would lie in the future are left out, so
 * the newest tickets are still open. Deterministic (hash of the ticket number), except that "now" is the clock's.
 * Into a database with tickets already (the mixed load test's demo data) the new ones get the ids after them, and
 * they spread over every platform with a policy, the demo's too.
 * Lives in the support package (bench sources only) because the policies and clocks are package-private.
 */
public final class SupportBenchData {

    static final int PLATFORMS_PER_VENDOR = 10;

    private SupportBenchData() {}

    /** Loads everything into the context's (empty) database; returns the number of status changes written. */
    public static long load(ApplicationContext context, int tickets, Instant now) {
        DataSource dataSource = context.getBean(DataSource.class);
        SlaPolicyRepository repository = context.getBean(SlaPolicyRepository.class);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        vendors(context);
        tickets(jdbc, tickets, now);
        return timeAndVacuum(context, dataSource, repository, jdbc, now);
    }

    /** The vendors, their platforms, contracts and policies; returns the platforms' names. */
    public static java.util.List<String> vendors(ApplicationContext context) {
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        SlaPolicyService policies = context.getBean(SlaPolicyService.class);
        BusinessCalendarService calendars = context.getBean(BusinessCalendarService.class);
        String[][] vendors = {
            {"Nordlicht Software", "Europe/Berlin"}, {"Hudson Output Systems", "America/New_York"},
            {"Deccan Document Works", "Asia/Kolkata"}, {"Meridian CCM Cloud", "UTC"}
        };
        for (int v = 0; v < vendors.length; v++) {
            jdbc.update("insert into vendor (name) values (?)", vendors[v][0]);
            jdbc.update("""
                    insert into platform (name, vendor_id, product, deployment, lifecycle)
                    select ? || ' platform ' || lpad(i::text, 2, '0'), v.id, 'Bench CCM', 'SAAS', 'SUSTAIN'
                    from generate_series(1, ?) i, vendor v where v.name = ?
                    """, vendors[v][0], PLATFORMS_PER_VENDOR, vendors[v][0]);
            jdbc.update("""
                    insert into contract (contract_number, title, vendor_id, start_date, initial_term_months,
                                          renewal_type, renewal_period_months, notice_amount, notice_unit, currency,
                                          uplift_type)
                    select 'SUPPORT-' || ?, 'Support and maintenance ' || v.name, v.id, date '2023-01-01', 36,
                           'AUTOMATIC', 12, 90, 'DAYS', 'EUR', 'NONE'
                    from vendor v where v.name = ?
                    """, v + 1, vendors[v][0]);
            jdbc.update("""
                    insert into contract_platform (contract_id, platform_id)
                    select c.id, p.id from contract c join platform p on p.vendor_id = c.vendor_id
                    where c.contract_number = 'SUPPORT-' || ?
                    """, v + 1);
            Long contractId = jdbc.queryForObject(
                    "select id from contract where contract_number = ?", Long.class, "SUPPORT-" + (v + 1));
            BusinessCalendarDraft calendar = calendar(v, vendors[v]);
            Long calendarId =
                    TestLogins.as("bench", () -> calendars.create(calendar).id(), Role.ADMIN);
            SlaPolicyDraft draft = policy(v, contractId, calendarId, vendors[v]);
            TestLogins.as("bench", () -> policies.create(draft), Role.ADMIN);
        }
        return jdbc.queryForList("select name from platform order by id", String.class);
    }

    private static long timeAndVacuum(
            ApplicationContext context,
            DataSource dataSource,
            SlaPolicyRepository repository,
            JdbcTemplate jdbc,
            Instant now) {
        // Each policy's calendar per severity, worked out once (holidays are a lazy collection: in a transaction).
        Map<String, Object[]> timing = new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                .execute(status -> {
                    Map<String, Object[]> t = new HashMap<>();
                    for (SlaPolicy p : repository.findAll()) {
                        for (Severity severity : Severity.values()) {
                            t.put(p.getId() + "/" + severity, new Object[] {
                                p.target(severity), p.calendar(), Set.copyOf(p.getPausingStatuses())
                            });
                        }
                    }
                    return t;
                });
        long changes = outcomes(dataSource, timing, now);
        // The tickets were written around the portal, so their outcome summary is counted afresh, as V104 does.
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(
                        status -> context.getBean(TicketOutcomeSummary.class).rebuild());
        jdbc.execute("vacuum analyze ticket_outcome_month");
        jdbc.execute("vacuum analyze vendor_ticket");
        jdbc.execute("vacuum analyze ticket_status_change");
        return changes;
    }

    /** Each vendor's office: Berlin 9–17, New York 8–18 with its holidays, Kolkata Monday to Saturday 10–18, UTC. */
    private static BusinessCalendarDraft calendar(int v, String[] vendor) {
        LocalDate from = LocalDate.of(2000, 1, 1);
        return switch (v) {
            case 1 ->
                new BusinessCalendarDraft(
                        vendor[0] + " office",
                        vendor[1],
                        List.of(WorkWeek.of(
                                from,
                                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                                new WorkingHours(LocalTime.of(8, 0), LocalTime.of(18, 0)))),
                        Stream.of(
                                        "2025-01-01",
                                        "2025-07-04",
                                        "2025-11-27",
                                        "2025-12-25",
                                        "2026-01-01",
                                        "2026-07-03",
                                        "2026-11-26",
                                        "2026-12-25")
                                .map(d -> new Holiday(LocalDate.parse(d), "Holiday"))
                                .toList(),
                        null);
            case 2 ->
                new BusinessCalendarDraft(
                        vendor[0] + " office",
                        vendor[1],
                        List.of(WorkWeek.of(
                                from,
                                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                                new WorkingHours(LocalTime.of(10, 0), LocalTime.of(18, 0)))),
                        List.of(),
                        null);
            default ->
                new BusinessCalendarDraft(
                        vendor[0] + " office",
                        vendor[1],
                        List.of(WorkWeek.of(
                                from,
                                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                                new WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0)))),
                        List.of(),
                        null);
        };
    }

    private static SlaPolicyDraft policy(int v, Long contractId, Long calendarId, String[] vendor) {
        SlaPolicyDraft d = SlaPolicyDraft.defaults(
                contractId, vendor[0] + " standard support", calendarId, "EUR", new BigDecimal("12000"));
        return switch (v) {
            case 2 ->
                new SlaPolicyDraft(
                        contractId,
                        d.name(),
                        calendarId,
                        Set.of(TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.ON_HOLD),
                        d.uptimeTarget(),
                        d.monthlyFee(),
                        d.currency(),
                        d.creditTiers(),
                        d.creditCapPercent(),
                        d.claimWindowDays(),
                        d.targets(),
                        null);
            case 3 ->
                new SlaPolicyDraft(
                        contractId,
                        vendor[0] + " premium support",
                        calendarId,
                        d.pausingStatuses(),
                        d.uptimeTarget(),
                        d.monthlyFee(),
                        d.currency(),
                        d.creditTiers(),
                        d.creditCapPercent(),
                        d.claimWindowDays(),
                        premiumTargets(),
                        null);
            default -> d;
        };
    }

    private static Map<Severity, SeverityTarget> premiumTargets() {
        Map<Severity, SeverityTarget> targets = new EnumMap<>(Severity.class);
        targets.put(Severity.P1, new SeverityTarget("Critical", 30, 4 * 60, true, new BigDecimal("5")));
        targets.put(Severity.P2, new SeverityTarget("High", 2 * 60, 24 * 60, true, new BigDecimal("2")));
        targets.put(Severity.P3, new SeverityTarget("Medium", 8 * 60, 5 * 24 * 60, true, null));
        targets.put(Severity.P4, new SeverityTarget("Low", 24 * 60, 10 * 24 * 60, true, null));
        return targets;
    }

    /** Tickets and their histories in four statements; the outcomes are filled in afterwards. */
    private static void tickets(JdbcTemplate jdbc, int tickets, Instant now) {
        Timestamp at = Timestamp.from(now);
        // Per ticket: platform, severity, opening, history pattern; r(i, k) is a deterministic number in [0, 1).
        jdbc.execute("""
                create function pg_temp.r(i bigint, k int) returns float8 language sql immutable as
                $$ select (hashtext(i::text || '/' || k::text) & 2147483647)::float8 / 2147483648 $$
                """);
        // The policy's zone is its business calendar's (V086).
        jdbc.execute(
                "create temp table bench_platform as select row_number() over (order by p.id) as n, p.id, "
                        + "s.id as policy_id, c.time_zone from platform p join contract_platform cp on cp.platform_id = p.id "
                        + "join sla_policy s on s.contract_id = cp.contract_id join business_calendar c on c.id = s.calendar_id");
        jdbc.update("""
                create temp table bench_ticket as
                select i + (select coalesce(max(id), 0) from vendor_ticket) as id, p.id as platform_id, p.policy_id, p.time_zone,
                       case when pg_temp.r(i, 1) < 0.03 then 'P1' when pg_temp.r(i, 1) < 0.15 then 'P2'
                            when pg_temp.r(i, 1) < 0.60 then 'P3' else 'P4' end as severity,
                       cast(? as timestamptz) - interval '730 days'
                           + make_interval(secs => (i - 1) * (730 * 86400 - 3600)::float8 / ?) as opened_at,
                       case when pg_temp.r(i, 3) < 0.35 then 1 when pg_temp.r(i, 3) < 0.75 then 2
                            when pg_temp.r(i, 3) < 0.92 then 3 else 4 end as pattern
                from generate_series(1, ?) i
                join bench_platform p on p.n = 1 + (hashtext('p' || i) & 2147483647) % (select count(*) from bench_platform)
                """, at, tickets, tickets);
        jdbc.update("""
                create temp table bench_change as
                select t.id as ticket_id, k, status, t.opened_at + make_interval(secs => sum(gap) over w) as changed_at
                from bench_ticket t cross join lateral (
                    select k, status, case
                        when k = 1 then base * (0.05 + 1.2 * pg_temp.r(t.id, 10) ^ 2)
                        when previous in ('WAITING_ON_CUSTOMER', 'ON_HOLD') then 2 + 70 * pg_temp.r(t.id, 10 + k::int)
                        when previous = 'RESOLVED' and status = 'CLOSED' then 24 + 144 * pg_temp.r(t.id, 10 + k::int)
                        when previous = 'RESOLVED' then 4 + 48 * pg_temp.r(t.id, 10 + k::int)
                        else base * 2 * (0.1 + 2 * pg_temp.r(t.id, 10 + k::int)) end * 3600 as gap
                    from (select k, status, lag(status) over (order by k) as previous,
                                 case t.severity when 'P1' then 1 when 'P2' then 4 when 'P3' then 10 else 24 end as base
                          from unnest(case t.pattern
                              when 1 then array['IN_PROGRESS', 'RESOLVED', 'CLOSED']
                              when 2 then array['IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'IN_PROGRESS', 'RESOLVED', 'CLOSED']
                              when 3 then array['IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'IN_PROGRESS', 'ON_HOLD',
                                                'IN_PROGRESS', 'RESOLVED', 'CLOSED']
                              else array['IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'IN_PROGRESS', 'RESOLVED',
                                         'IN_PROGRESS', 'RESOLVED', 'CLOSED'] end) with ordinality u(status, k)) s
                ) g
                window w as (partition by t.id order by k)
                """);
        jdbc.update("delete from bench_change where changed_at > ?", at);
        // What VendorTicket.moveTo keeps on the ticket: the latest status, the first response, the last resolution.
        jdbc.update("""
                insert into vendor_ticket (id, version, platform_id, policy_id, case_id, severity, category, title,
                                           status, opened_at, opened_month, first_response_at, resolved_at)
                select t.id, 0, t.platform_id, t.policy_id, 'CS' || lpad(t.id::text, 8, '0'), t.severity,
                       case when t.id % 10 = 0 then 'QUESTION' when t.id % 10 = 1 then 'ENHANCEMENT' else 'DEFECT' end,
                       'Bench ticket ' || t.id || ': statements ' || (t.id % 97) || ' fail to render',
                       coalesce(h.last_status, 'OPEN'), t.opened_at,
                       to_char(t.opened_at at time zone t.time_zone, 'YYYY-MM'), h.first_at,
                       case when h.last_status in ('RESOLVED', 'CLOSED') then coalesce(h.resolved_at, h.last_at) end
                from bench_ticket t left join (
                    select ticket_id, min(changed_at) as first_at, max(changed_at) as last_at,
                           (array_agg(status order by k desc))[1] as last_status,
                           max(changed_at) filter (where status = 'RESOLVED') as resolved_at
                    from bench_change group by ticket_id) h on h.ticket_id = t.id
                """);
        jdbc.update("insert into ticket_status_change (ticket_id, status, changed_at) "
                + "select ticket_id, status, changed_at from bench_change order by ticket_id, k");
        jdbc.execute(
                "select setval(pg_get_serial_sequence('vendor_ticket', 'id'), (select max(id) from vendor_ticket))");
        jdbc.execute("drop table bench_change");
        jdbc.execute("drop table bench_ticket");
        jdbc.execute("drop table bench_platform");
    }

    /**
     * Every ticket's outcomes from its history with the portal's clock code, as {@code TicketService.record} would
     * have kept them: read ticket by ticket on one connection, written by COPY on another, then one UPDATE.
     */
    private static long outcomes(DataSource dataSource, Map<String, Object[]> timing, Instant now) {
        long changes = 0;
        try (Connection read = dataSource.getConnection();
                Connection write = dataSource.getConnection()) {
            try (var s = write.createStatement()) {
                s.execute("create unlogged table bench_outcome (id bigint, response_outcome varchar(10), "
                        + "response_minutes integer, resolution_outcome varchar(10), resolution_minutes integer)");
            }
            read.setAutoCommit(false);
            try (PreparedStatement q = read.prepareStatement("""
                    select t.id, t.policy_id, t.severity, t.opened_at, c.status, c.changed_at
                    from vendor_ticket t left join ticket_status_change c on c.ticket_id = t.id
                    where t.policy_id is not null order by t.id, c.changed_at, c.id""");
                    OutputStream copy = new PGCopyOutputStream(
                            write.unwrap(PGConnection.class), "copy bench_outcome from stdin (format csv)", 1 << 20)) {
                q.setFetchSize(20_000);
                try (ResultSet rs = q.executeQuery()) {
                    long id = -1;
                    Object[] current = null;
                    List<StatusChange> history = new ArrayList<>();
                    while (rs.next()) {
                        long next = rs.getLong(1);
                        if (next != id) {
                            if (current != null) {
                                write(copy, id, current, history, now);
                            }
                            id = next;
                            long policyId = rs.getLong(2);
                            Severity severity = Severity.valueOf(rs.getString(3));
                            Object[] t = timing.get(policyId + "/" + severity);
                            current = new Object[] {
                                t[0], t[1], t[2], rs.getTimestamp(4).toInstant()
                            };
                            history = new ArrayList<>();
                        }
                        if (rs.getString(5) != null) {
                            history.add(new StatusChange(
                                    TicketStatus.valueOf(rs.getString(5)),
                                    rs.getTimestamp(6).toInstant()));
                            changes++;
                        }
                    }
                    if (current != null) {
                        write(copy, id, current, history, now);
                    }
                }
            }
            read.commit();
            try (var s = write.createStatement()) {
                s.execute("""
                        update vendor_ticket t set response_outcome = o.response_outcome,
                               response_minutes = o.response_minutes, resolution_outcome = o.resolution_outcome,
                               resolution_minutes = o.resolution_minutes
                        from bench_outcome o where o.id = t.id""");
                s.execute("drop table bench_outcome");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return changes;
    }

    @SuppressWarnings("unchecked")
    private static void write(OutputStream copy, long id, Object[] t, List<StatusChange> history, Instant now)
            throws IOException {
        TicketClocks.Pair pair = TicketClocks.of(
                (SeverityTarget) t[0], (BusinessCalendar) t[1], (Set<TicketStatus>) t[2], (Instant) t[3], history, now);
        String line = id + "," + pair.response().outcome() + ","
                + pair.response().used().toMinutes() + "," + pair.resolution().outcome() + ","
                + pair.resolution().used().toMinutes() + "\n";
        copy.write(line.getBytes(StandardCharsets.US_ASCII));
    }
}

package io.pxportal.licensing;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sums up the measurements of many entitlements in one query, each over its own contract year: the same
 * {@link UsageSummary} that {@link LicencePositionEngine#summarise} makes from a list, so a page of positions
 * needs neither the measurements in memory nor a query per entitlement. The contract years come in as arrays
 * (one element per entitlement; the rules that make them stay in the engine). Runs on H2 and PostgreSQL.
 *
 * <p>Seats and capacity: each count's change against the environment's previous count in the year, added up in
 * day order, is the total in use on that day; the highest total and the first day it was reached are the peak.
 * Volumes: periods wholly inside the year up to the day judged add up in the query (exactly); the few that
 * cross the year start or that day come back one by one and are counted pro rata here, with the engine's own
 * arithmetic, so both ways agree to the last digit.
 *
 * <p>It reads the measurements, not a monthly summary: contract years start on any day and the seat peak starts
 * afresh with each year, so month totals cannot give the same figures, and at one measurement per pool and month
 * (the benchmark's 5,000 pools) a month summary would hold as many rows as the measurements.
 */
@Component
class UsageSummaries {

    private static final String QUERY = """
            with year_window (request_id, entitlement_id, since, until, all_environments, volume) as (
                select * from unnest(cast(? as integer array), cast(? as bigint array), cast(? as date array),
                                     cast(? as date array), cast(? as boolean array), cast(? as boolean array))
            ),
            usage_in_year as (
                select w.request_id, w.volume, m.environment, m.measured_from, m.measured_to, m.quantity,
                       (w.all_environments or m.environment = 'PRODUCTION') as counts,
                       greatest(m.measured_from, w.since) as first_day, least(m.measured_to, w.until) as last_day
                from year_window w
                join usage_measurement m on m.entitlement_id = w.entitlement_id
                    and m.measured_to >= w.since and m.measured_from <= w.until
            ),
            seat_changes as (
                select request_id, measured_from, quantity - coalesce(lag(quantity) over (
                           partition by request_id, environment order by measured_from), 0) as change
                from usage_in_year where counts and not volume
            ),
            in_use as (
                select request_id, measured_from,
                       sum(change) over (partition by request_id order by measured_from) as total
                from seat_changes
            ),
            peaks as (
                select request_id, measured_from, total,
                       max(total) over (partition by request_id) as peak
                from in_use
            )
            select 'C' as part, request_id, count(*) filter (where counts) as counted,
                   count(*) filter (where not counts) as excluded,
                   sum(quantity) filter (where counts and volume and first_day = measured_from
                                         and last_day = measured_to) as quantity,
                   max(last_day) filter (where counts and volume) as last_day,
                   cast(null as date) as measured_from, cast(null as date) as measured_to,
                   cast(null as date) as first_day
            from usage_in_year group by request_id
            union all
            select 'P', request_id, null, null, quantity, last_day, measured_from, measured_to, first_day
            from usage_in_year
            where counts and volume and (first_day <> measured_from or last_day <> measured_to)
            union all
            select 'S', request_id, null, null, max(peak), min(measured_from) filter (where total = peak),
                   null, null, null
            from peaks group by request_id
            """;

    private final JdbcTemplate jdbc;

    UsageSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One entitlement's question: the days of its contract year to sum up and how to count them. */
    record Request(Long entitlementId, ContractYear year, EntitlementTerms terms) {}

    /** The summary per entitlement id ({@link UsageSummary#NONE} where nothing was measured in the year). */
    Map<Long, UsageSummary> summarise(Collection<Request> requests) {
        List<Request> list = List.copyOf(requests);
        List<UsageSummary> summaries = summariseEach(list);
        Map<Long, UsageSummary> byId = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            byId.put(list.get(i).entitlementId(), summaries.get(i));
        }
        return byId;
    }

    /**
     * The summary of each request, in the requests' order, from one query: one entitlement may come several times
     * with different contract years (the scores ask for a position at the end of each of eight quarters).
     */
    List<UsageSummary> summariseEach(List<Request> requests) {
        Map<Integer, Accumulator> byRequest = new HashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).year().started()) {
                byRequest.put(i, new Accumulator());
            }
        }
        if (!byRequest.isEmpty()) {
            jdbc.execute((Connection connection) -> {
                try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
                    bind(connection, statement, requests, byRequest.keySet());
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            byRequest.get(rows.getInt("request_id")).add(rows);
                        }
                    }
                }
                return null;
            });
        }
        List<UsageSummary> summaries = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            summaries.add(byRequest.containsKey(i) ? byRequest.get(i).summary() : UsageSummary.NONE);
        }
        return summaries;
    }

    private static void bind(
            Connection connection, PreparedStatement statement, List<Request> requests, Collection<Integer> started)
            throws SQLException {
        int n = started.size();
        Integer[] keys = new Integer[n];
        Long[] ids = new Long[n];
        Date[] since = new Date[n];
        Date[] until = new Date[n];
        Boolean[] allEnvironments = new Boolean[n];
        Boolean[] volume = new Boolean[n];
        int i = 0;
        for (Integer key : started) {
            Request r = requests.get(key);
            keys[i] = key;
            ids[i] = r.entitlementId();
            since[i] = Date.valueOf(r.year().start());
            until[i] = Date.valueOf(r.year().day());
            allEnvironments[i] = r.terms().nonProductionCounts();
            volume[i] = r.terms().metric().isVolume();
            i++;
        }
        Array[] arrays = {
            connection.createArrayOf("integer", keys),
            connection.createArrayOf("bigint", ids),
            connection.createArrayOf("date", since),
            connection.createArrayOf("date", until),
            connection.createArrayOf("boolean", allEnvironments),
            connection.createArrayOf("boolean", volume)
        };
        for (int p = 0; p < arrays.length; p++) {
            statement.setArray(p + 1, arrays[p]);
        }
    }

    /** Folds one entitlement's rows: the counts, the whole periods' sum, each partial period, the peak. */
    private static final class Accumulator {
        private int counted;
        private int excluded;
        private BigDecimal peak = BigDecimal.ZERO;
        private LocalDate peakOn;
        private BigDecimal volume = BigDecimal.ZERO;
        private LocalDate through;

        void add(ResultSet row) throws SQLException {
            BigDecimal quantity = row.getBigDecimal("quantity");
            LocalDate lastDay = row.getObject("last_day", LocalDate.class);
            switch (row.getString("part")) {
                case "C" -> {
                    counted = row.getInt("counted");
                    excluded = row.getInt("excluded");
                    volume = quantity == null ? volume : volume.add(quantity);
                    through = lastDay;
                }
                case "P" ->
                    volume = volume.add(UsageSummary.share(
                            quantity,
                            row.getObject("measured_from", LocalDate.class),
                            row.getObject("measured_to", LocalDate.class),
                            row.getObject("first_day", LocalDate.class),
                            lastDay));
                default -> {
                    peak = quantity;
                    peakOn = lastDay;
                }
            }
        }

        UsageSummary summary() {
            return new UsageSummary(counted, excluded, peak, peakOn, volume, through);
        }
    }
}

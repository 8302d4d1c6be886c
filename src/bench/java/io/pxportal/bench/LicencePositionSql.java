package io.pxportal.bench;

import io.pxportal.licensing.LicencePosition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The licence position of every pool as one hand-written PostgreSQL query — what a DBA would write against the
 * tables, following ADR 003: the contract year containing the date (or the term's last day), only production
 * unless the pool counts non-production; seats the high-water mark of the environments' latest counts; volumes
 * the year's sum (periods pro rata by days), the run rate over the days measured and the year-end forecast;
 * shortfall × overage price (the unit price when none), surplus × unit price; nothing measured gives no figures.
 */
final class LicencePositionSql {

    static final String QUERY = """
            with pool as (
                select e.id, e.metric, e.quantity, e.unit_price, coalesce(e.overage_price, e.unit_price) as overage,
                       e.non_production_counts, coalesce(e.term_from, c.start_date) as term_from, e.term_to,
                       e.metric like '%_PER_YEAR' as volume
                from entitlement e join contract c on c.id = e.contract_id
            ),
            judged as (
                select p.*, least(cast(? as date), p.term_to) as day,
                       extract(year from age(least(cast(? as date), p.term_to), p.term_from))::int as k
                from pool p where p.term_from <= cast(? as date)
            ),
            contract_year as (
                select j.*, (j.term_from + make_interval(years => y.k))::date as year_start,
                       least((j.term_from + make_interval(years => y.k + 1))::date - 1, j.term_to) as year_end
                from judged j cross join lateral (select case
                    when (j.term_from + make_interval(years => j.k + 1))::date <= j.day then j.k + 1
                    when (j.term_from + make_interval(years => j.k))::date > j.day then j.k - 1
                    else j.k end as k) y
            ),
            counted as (
                select y.id, y.volume, m.environment, m.measured_from, m.quantity,
                       greatest(m.measured_from, y.year_start) as first_day, least(m.measured_to, y.day) as last_day,
                       m.measured_to - m.measured_from + 1 as days
                from contract_year y join usage_measurement m on m.entitlement_id = y.id
                    and m.measured_to >= y.year_start and m.measured_from <= y.day
                    and (y.non_production_counts or m.environment = 'PRODUCTION')
            ),
            seats as (
                select id, max(total) as peak from (
                    select id, sum(change) over (partition by id order by measured_from) as total from (
                        select id, measured_from, quantity - coalesce(lag(quantity) over (
                                   partition by id, environment order by measured_from), 0) as change
                        from counted where not volume) changes) totals
                group by id
            ),
            sums as (
                select id, count(*) as n, sum(quantity * (last_day - first_day + 1) / days) as exact,
                       max(last_day) as through
                from counted group by id
            ),
            consumed as (
                select y.*, coalesce(u.n, 0) as n,
                       case when volume then coalesce(round(u.exact), 0) else coalesce(s.peak, 0) end as used,
                       case when volume then round(u.exact * (y.year_end - y.year_start + 1)
                                                   / (u.through - y.year_start + 1)) end as forecast
                from contract_year y left join sums u on u.id = y.id left join seats s on s.id = y.id
            )
            select id, metric, n, quantity as entitled, used as consumed, forecast,
                   case when quantity is null or quantity = 0 or n = 0 then null
                        else round(used * 100 / quantity, 1) end as utilisation,
                   case when metric = 'ENTERPRISE' then 0 when n > 0 then greatest(used - quantity, 0) end
                       as shortfall,
                   case when metric = 'ENTERPRISE' then 0
                        when n > 0 then round(greatest(used - quantity, 0) * overage, 2) end as exposure,
                   case when metric <> 'ENTERPRISE' and n > 0
                        then greatest(quantity - coalesce(forecast, used), 0) end as surplus,
                   case when metric <> 'ENTERPRISE' and n > 0
                        then round(greatest(quantity - coalesce(forecast, used), 0) * unit_price, 2) end as shelfware
            from consumed
            order by id
            """;

    private LicencePositionSql() {}

    /** One pool's figures; null where the position has none (nothing measured, unlimited, not a volume). */
    record Row(
            long id,
            String metric,
            long counted,
            BigDecimal entitled,
            BigDecimal consumed,
            BigDecimal forecast,
            BigDecimal utilisation,
            BigDecimal shortfall,
            BigDecimal exposure,
            BigDecimal surplus,
            BigDecimal shelfware) {

        /** What differs from the portal's position, or null when every figure is equal. */
        String differenceFrom(LicencePosition p) {
            StringBuilder diff = new StringBuilder();
            check(diff, "counted", BigDecimal.valueOf(counted), BigDecimal.valueOf(p.counted()));
            check(diff, "entitled", entitled, p.entitled());
            check(diff, "consumed", consumed, p.consumed());
            check(diff, "forecast", forecast, p.forecast());
            check(diff, "utilisation", utilisation, p.utilisation());
            check(diff, "shortfall", shortfall, p.shortfall());
            check(diff, "exposure", exposure, p.exposure());
            check(diff, "surplus", surplus, p.surplus());
            check(diff, "shelfware", shelfware, p.shelfware());
            return diff.isEmpty() ? null : metric + diff;
        }

        private static void check(StringBuilder diff, String name, BigDecimal sql, BigDecimal portal) {
            boolean equal = sql == null || portal == null ? Objects.equals(sql, portal) : sql.compareTo(portal) == 0;
            if (!equal) {
                diff.append(' ')
                        .append(name)
                        .append(" SQL ")
                        .append(sql)
                        .append(" portal ")
                        .append(portal);
            }
        }
    }

    static List<Row> positions(JdbcTemplate jdbc, LocalDate asOf) {
        return jdbc.query(
                QUERY,
                (rs, i) -> new Row(
                        rs.getLong("id"),
                        rs.getString("metric"),
                        rs.getLong("n"),
                        rs.getBigDecimal("entitled"),
                        rs.getBigDecimal("consumed"),
                        rs.getBigDecimal("forecast"),
                        rs.getBigDecimal("utilisation"),
                        rs.getBigDecimal("shortfall"),
                        rs.getBigDecimal("exposure"),
                        rs.getBigDecimal("surplus"),
                        rs.getBigDecimal("shelfware")),
                asOf,
                asOf,
                asOf);
    }
}

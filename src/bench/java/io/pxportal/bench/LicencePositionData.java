package io.pxportal.bench;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's data, made set-based in SQL (a few seconds for 180,000 measurements): 1 vendor, 50 platforms,
 * one contract per 5 pools, and the pools — a deterministic mix of every metric (seats and capacity 4 in 8,
 * volumes 3 in 8, enterprise 1 in 8), terms starting on any day of the month (so monthly periods cross contract
 * year starts), some with a term of their own, some ended, some without an overage price, some counting
 * non-production. Each pool has one measurement per month for the last {@code months} full months: seats a
 * count on a day early in the month, volumes the whole month; every 6th month of every 5th pool is measured in
 * TEST instead of PRODUCTION. Quantities vary around the entitlement so some pools are short, some have
 * shelfware.
 */
final class LicencePositionData {

    private LicencePositionData() {}

    static void load(JdbcTemplate jdbc, int pools, int months, LocalDate asOf) {
        jdbc.update("insert into vendor (name) values ('Bench Vendor')");
        jdbc.update("""
                insert into platform (name, vendor_id, product, deployment, lifecycle)
                select 'Bench platform ' || lpad(i::text, 3, '0'), v.id, 'Bench CCM', 'SAAS', 'SUSTAIN'
                from generate_series(1, 50) i, vendor v where v.name = 'Bench Vendor'
                """);
        int contracts = (pools + 4) / 5;
        // Terms start 36 to 39 months ago, on any day, and renew every 12 months (so an open-ended term).
        jdbc.update("""
                insert into contract (contract_number, title, vendor_id, start_date, initial_term_months,
                                      renewal_type, renewal_period_months, notice_amount, notice_unit, currency,
                                      uplift_type)
                select 'BENCH-' || lpad(i::text, 5, '0'), 'Bench contract ' || i, v.id,
                       (cast(? as date) - make_interval(months => 36 + i % 4, days => (i * 7) % 28))::date,
                       12, 'AUTOMATIC', 12, 90, 'DAYS', 'EUR', 'NONE'
                from generate_series(1, ?) i, vendor v where v.name = 'Bench Vendor'
                """, asOf, contracts);
        jdbc.update("""
                insert into contract_platform (contract_id, platform_id)
                select c.id, p.id from contract c
                join platform p on p.name = 'Bench platform ' || lpad((1 + c.id % 50)::text, 3, '0')
                where c.contract_number like 'BENCH-%'
                """);
        jdbc.update("""
                with numbered as (
                    select c.id as contract_id, c.start_date, cp.platform_id, k, (c.id - 1) * 5 + k as n
                    from contract c join contract_platform cp on cp.contract_id = c.id, generate_series(1, 5) k
                    where c.contract_number like 'BENCH-%'
                )
                insert into entitlement (contract_id, platform_id, product, metric, quantity, unit_price,
                                         overage_price, term_from, term_to, non_production_counts)
                select contract_id, platform_id, 'Bench module ' || lpad(n::text, 5, '0'), metric,
                       case when metric = 'ENTERPRISE' then null
                            when metric like '%_PER_YEAR' then 1000000 * (1 + n % 40)
                            else 10 * (1 + n % 30) end,
                       case when metric like '%_PER_YEAR' then 0.0125 + (n % 7) * 0.001 else 250 + (n % 9) * 35 end,
                       case when n % 6 = 0 then null
                            when metric like '%_PER_YEAR' then 0.02 + (n % 5) * 0.0015 else 300 + (n % 9) * 40 end,
                       case when n % 3 = 1 then (start_date + make_interval(months => (1 + n % 4)::int, days => (n % 9)::int))::date
                            end,
                       case when n % 10 = 7 then (start_date + make_interval(months => 30, days => (n % 20)::int))::date
                            end,
                       n % 4 = 0
                from numbered cross join lateral (select (array['NAMED_USER', 'CONCURRENT_USER', 'CPU_CORE',
                        'SERVER_INSTANCE', 'PAGES_PER_YEAR', 'DOCUMENTS_PER_YEAR', 'COMMUNICATIONS_PER_YEAR',
                        'ENTERPRISE'])[1 + n % 8] as metric) m
                where n <= ?
                """, pools);
        // One measurement per month: the last `months` full months before the date.
        jdbc.update("""
                insert into usage_measurement (entitlement_id, environment, measured_from, measured_to, quantity,
                                               source)
                select e.id,
                       case when e.id % 5 = 0 and m % 6 = 0 then 'TEST' else 'PRODUCTION' end,
                       case when e.metric like '%_PER_YEAR' then month_start
                            else (month_start + (e.id % 5) * interval '1 day')::date end,
                       case when e.metric like '%_PER_YEAR' then (month_start + interval '1 month - 1 day')::date
                            else (month_start + (e.id % 5) * interval '1 day')::date end,
                       case when e.metric like '%_PER_YEAR'
                                then round(e.quantity / 12 * (70 + (e.id * 13 + m * 7) % 50) / 100)
                            else round(coalesce(e.quantity, 40) * (60 + (e.id * 31 + m * 17) % 50) / 100) end,
                       'IMPORTED'
                from entitlement e, generate_series(1, ?) m,
                     lateral (select (date_trunc('month', cast(? as date)) - make_interval(months => m))::date
                              as month_start) s
                where e.product like 'Bench module %'
                """, months, asOf);
        jdbc.execute("analyze");
    }
}

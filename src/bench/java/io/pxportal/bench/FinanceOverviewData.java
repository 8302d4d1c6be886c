package io.pxportal.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The finance benchmark's data, made set-based in SQL: 6 vendors, 50 platforms (each bills in one of EUR, USD,
 * GBP, CHF, SEK; a quarter of every platform's lines are in EUR anyway), 2 contracts per platform, fiscal years
 * starting in April, a rate into EUR for every foreign currency and month, and {@code lines} cost lines spread
 * evenly over the platforms, the 48 months of the current and the three previous fiscal years, and all six
 * categories. Lines of months after the current one are committed (orders not yet invoiced); of the others one
 * in five is committed, the rest actual. Vendor services of every third line come from another vendor than the
 * platform's. A budget per platform, fiscal year and category (1,200), in the platform's currency. Into a database
 * that has data already (the mixed load test's demo data) it adds its own; rates of a month that exist are kept.
 * The monthly sums of all lines ({@code cost_line_month}) are then computed again, as the migration that made the
 * table fills it.
 */
final class FinanceOverviewData {

    static final String REPORTING_CURRENCY = "EUR";
    static final int FISCAL_YEAR_START = 4;
    static final int PLATFORMS = 50;

    private FinanceOverviewData() {}

    /** The first month with lines: the first month of the fiscal year three before the current one. */
    static YearMonth firstMonth(LocalDate today) {
        return YearMonth.of(fiscalYearOf(today) - 3, FISCAL_YEAR_START);
    }

    static int fiscalYearOf(LocalDate day) {
        return day.getMonthValue() >= FISCAL_YEAR_START ? day.getYear() : day.getYear() - 1;
    }

    static void load(JdbcTemplate jdbc, int lines, LocalDate today) {
        LocalDate first = firstMonth(today).atDay(1);
        LocalDate current = YearMonth.from(today).atDay(1);
        jdbc.update(
                "update finance_settings set reporting_currency = ?, fiscal_year_start_month = ?",
                REPORTING_CURRENCY,
                FISCAL_YEAR_START);
        jdbc.update("insert into vendor (name) select 'Bench vendor ' || i from generate_series(1, 6) i");
        jdbc.update("""
                insert into platform (name, vendor_id, product, deployment, lifecycle)
                select 'Bench platform ' || lpad(i::text, 3, '0'), v.id, 'Bench CCM', 'SAAS', 'SUSTAIN'
                from generate_series(1, ?) i join vendor v on v.name = 'Bench vendor ' || (1 + i % 6)
                """, PLATFORMS);
        // The platform's number (0-49) and billing currency, used by everything below.
        jdbc.execute("""
                create table bench_platform as
                select p.id, p.vendor_id, (row_number() over (order by p.id) - 1)::int as i,
                       (array['EUR', 'USD', 'GBP', 'CHF', 'SEK'])[1 + (row_number() over (order by p.id) - 1)::int % 5]
                           as currency
                from platform p where p.name like 'Bench platform %'
                """);
        jdbc.update("""
                insert into contract (contract_number, title, vendor_id, start_date, initial_term_months,
                                      renewal_type, renewal_period_months, notice_amount, notice_unit, currency,
                                      annual_value, uplift_type, uplift_percent)
                select 'BENCH-' || lpad((p.i * 2 + k)::text, 4, '0'), 'Bench contract ' || (p.i * 2 + k), p.vendor_id,
                       (cast(? as date) - make_interval(months => 6 + (p.i * 7 + k * 11) % 30))::date,
                       36, 'AUTOMATIC', 12, 90, 'DAYS', p.currency, 20000 + (p.i * 1733 + k * 977) % 180000,
                       case when k = 0 then 'FIXED' else 'NONE' end, case when k = 0 then 3 end
                from bench_platform p, generate_series(0, 1) k
                """, today);
        jdbc.update("""
                insert into contract_platform (contract_id, platform_id)
                select c.id, p.id from contract c
                join bench_platform p on c.contract_number in ('BENCH-' || lpad((p.i * 2)::text, 4, '0'),
                                                              'BENCH-' || lpad((p.i * 2 + 1)::text, 4, '0'))
                """);
        // 1 unit of the foreign currency = rate EUR, every month from the first to the current one.
        jdbc.update("""
                insert into fx_rate (rate_month, base_currency, quote_currency, rate)
                select m::date, c.code, ?,
                       round((c.level * (1 + 0.04 * sin(extract(epoch from m) / 2e7 + c.n)))::numeric, 8)
                from generate_series(cast(? as date), cast(? as date), interval '1 month') m,
                     (values ('USD', 0.92, 1), ('GBP', 1.17, 2), ('CHF', 1.04, 3), ('SEK', 0.088, 4))
                         as c(code, level, n)
                on conflict (rate_month, base_currency, quote_currency) do nothing
                """, REPORTING_CURRENCY, first, current);
        jdbc.update("""
                insert into cost_line (reference, platform_id, vendor_id, contract_id, category, kind, period_month,
                                       amount, currency, description, source)
                select 'BL-' || lpad(n::text, 7, '0'), p.id,
                       case when m.category = 'VENDOR_SERVICES' and n % 3 = 0 then other.id else p.vendor_id end,
                       case when m.category in ('LICENCE', 'MAINTENANCE', 'SUBSCRIPTION') then c.id end,
                       m.category,
                       case when m.month > cast(? as date) or n % 5 = 0 then 'COMMITTED' else 'ACTUAL' end,
                       m.month,
                       round((50 + (n * 7919) % 25000 + (n % 97) / 100.0)::numeric, 2),
                       case when n % 4 = 0 then 'EUR' else p.currency end,
                       null, 'IMPORTED'
                from generate_series(cast(0 as bigint), cast(? as bigint) - 1) n
                join bench_platform p on p.i = n % 50
                join vendor other on other.name = 'Bench vendor ' || (1 + (p.i + 3) % 6)
                join contract c on c.contract_number = 'BENCH-' || lpad((p.i * 2)::text, 4, '0')
                cross join lateral (select (cast(? as date) + make_interval(months => ((n / 50) % 48)::int))::date
                                           as month,
                                           (array['LICENCE', 'MAINTENANCE', 'SUBSCRIPTION', 'VENDOR_SERVICES',
                                                  'INFRASTRUCTURE', 'INTERNAL_STAFF'])[1 + (n / 2400) % 6]
                                           as category) m
                """, current, lines, first);
        jdbc.update("""
                insert into budget (platform_id, fiscal_year, category, amount, currency)
                select p.id, fy, category, 6000000 + (p.i * 35713 + fy * 1709 + length(category) * 791977) % 8000000,
                       p.currency
                from bench_platform p, generate_series(?, ?) fy,
                     unnest(array['LICENCE', 'MAINTENANCE', 'SUBSCRIPTION', 'VENDOR_SERVICES', 'INFRASTRUCTURE',
                                  'INTERNAL_STAFF']) category
                """, fiscalYearOf(today) - 3, fiscalYearOf(today));
        jdbc.execute("drop table bench_platform");
        // The lines went in by SQL, past the portal's upkeep of the monthly sums: summed again as V103 back-fills
        // them (the sums of lines already there included).
        jdbc.update("delete from cost_line_month");
        jdbc.update("""
                insert into cost_line_month (period_month, platform_id, vendor_id, category, kind, currency, amount,
                                             line_count)
                select period_month, platform_id, vendor_id, category, kind, currency, sum(amount), count(*)
                from cost_line group by period_month, platform_id, vendor_id, category, kind, currency
                """);
        // As autovacuum would soon after such a load: statistics, and the visibility map index-only scans need.
        jdbc.execute("vacuum analyze");
    }
}

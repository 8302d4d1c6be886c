package io.pxportal.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures the finance overview shows, as one hand-written PostgreSQL query — what a DBA would write against the
 * tables, following docs/scoring.md ("Money"): the cost lines of the three fiscal years up to the current one summed
 * per platform, vendor, category, kind, currency and month, read from the monthly sums the portal keeps
 * ({@code cost_line_month}, the same table the portal reads); each sum converted into the reporting currency at its
 * month's rate (a month after the current one at the latest rate known) and rounded to cents; then, from those:
 * actual spend by fiscal year and category; actual and committed of the current fiscal year by platform and by
 * category; actual by platform and category of the current fiscal year (TCO); actual by platform and fiscal year,
 * and by platform and fiscal quarter of the last two years (what cost per communication divides). Budgets of the
 * current fiscal year convert at its first month's rate, each rounded to cents, by platform and by category.
 */
final class FinanceOverviewSql {

    static final String QUERY = """
            with grouped as (
                select platform_id, vendor_id, category, kind, currency, period_month, amount
                from cost_line_month where period_month between :from and :to
            ),
            converted as (
                select g.platform_id, g.category, g.kind,
                       extract(year from g.period_month - make_interval(months => :start - 1))::int as fy,
                       (extract(month from g.period_month - make_interval(months => :start - 1))::int - 1) / 3 + 1
                           as quarter,
                       case when g.currency = :rc then g.amount else round(g.amount * r.rate, 2) end as reporting
                from grouped g
                left join fx_rate r on r.base_currency = g.currency and r.quote_currency = :rc
                    and r.rate_month = case when g.period_month <= :current then g.period_month
                        else (select max(x.rate_month) from fx_rate x where x.base_currency = g.currency
                              and x.quote_currency = :rc and x.rate_month <= :current) end
            ),
            budgets as (
                select b.platform_id, b.category,
                       case when b.currency = :rc then b.amount else round(b.amount * r.rate, 2) end as reporting
                from budget b
                left join fx_rate r on r.base_currency = b.currency and r.quote_currency = :rc
                    and r.rate_month = :fyStart
                where b.fiscal_year = :fy
            )
            select 'spend' as section, fy, null::int as quarter, null::bigint as platform_id, category,
                   sum(reporting) as actual, null::numeric as committed
            from converted where kind = 'ACTUAL' group by fy, category
            union all
            select 'platform', :fy, null, platform_id, null, coalesce(sum(reporting) filter (where kind = 'ACTUAL'), 0),
                   coalesce(sum(reporting) filter (where kind = 'COMMITTED'), 0)
            from converted where fy = :fy group by platform_id
            union all
            select 'category', :fy, null, null, category, coalesce(sum(reporting) filter (where kind = 'ACTUAL'), 0),
                   coalesce(sum(reporting) filter (where kind = 'COMMITTED'), 0)
            from converted where fy = :fy group by category
            union all
            select 'tco', :fy, null, platform_id, category, sum(reporting), null
            from converted where fy = :fy and kind = 'ACTUAL' group by platform_id, category
            union all
            select 'year', fy, null, platform_id, null, sum(reporting), null
            from converted where kind = 'ACTUAL' group by platform_id, fy
            union all
            select 'quarter', fy, quarter, platform_id, null, sum(reporting), null
            from converted where kind = 'ACTUAL' and fy >= :fy - 1 group by platform_id, fy, quarter
            union all
            select 'platform-budget', :fy, null, platform_id, null, sum(reporting), null
            from budgets group by platform_id
            union all
            select 'category-budget', :fy, null, null, category, sum(reporting), null
            from budgets group by category
            """;

    private FinanceOverviewSql() {}

    /** One figure of a section; null columns do not apply to it. */
    record Row(
            String section,
            int fiscalYear,
            Integer quarter,
            Long platformId,
            String category,
            BigDecimal actual,
            BigDecimal committed) {}

    static List<Row> figures(JdbcTemplate jdbc, LocalDate today, String reportingCurrency, int fiscalYearStart) {
        return jdbc.query(
                sql(today, reportingCurrency, fiscalYearStart),
                (rs, i) -> new Row(
                        rs.getString("section"),
                        rs.getInt("fy"),
                        (Integer) rs.getObject("quarter"),
                        (Long) rs.getObject("platform_id"),
                        rs.getString("category"),
                        rs.getBigDecimal("actual"),
                        rs.getBigDecimal("committed")));
    }

    /** The query with the dates, currency and fiscal year in it (computed values, not input). */
    static String sql(LocalDate today, String reportingCurrency, int fiscalYearStart) {
        int fy = today.getMonthValue() >= fiscalYearStart ? today.getYear() : today.getYear() - 1;
        LocalDate fyStart = LocalDate.of(fy, fiscalYearStart, 1);
        return QUERY.replace(":from", "cast('" + fyStart.minusYears(2) + "' as date)")
                .replace(":to", "cast('" + fyStart.plusMonths(11) + "' as date)")
                .replace(":current", "cast('" + YearMonth.from(today).atDay(1) + "' as date)")
                .replace(":fyStart", "cast('" + fyStart + "' as date)")
                .replace(":start", String.valueOf(fiscalYearStart))
                .replace(":rc", "'" + reportingCurrency + "'")
                .replace(":fy", String.valueOf(fy));
    }
}

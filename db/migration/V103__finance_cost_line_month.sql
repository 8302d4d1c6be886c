-- Every finance figure starts from the cost lines summed per month, platform, vendor, category, kind and
-- currency. Grouping up to a million lines for every request took ~300 ms on PostgreSQL even with the covering
-- index cost_line_sums (docs/benchmarks.md, "Finance overview"); this table holds those sums, one row per group
-- with lines, kept current in the transaction of every cost line write (CostLineMonths), so a figure reads ~11,000
-- rows instead of grouping ~750,000. line_count tells an empty group (its row is deleted) from one summing to zero.
create table cost_line_month (
    period_month date          not null,
    platform_id  bigint        not null,
    vendor_id    bigint        not null,
    category     varchar(20)   not null,
    kind         varchar(10)   not null,
    currency     varchar(3)    not null,
    amount       numeric(19, 2) not null,
    line_count   bigint        not null,
    constraint cost_line_month_pk primary key (period_month, platform_id, vendor_id, category, kind, currency)
);

insert into cost_line_month (period_month, platform_id, vendor_id, category, kind, currency, amount, line_count)
select period_month, platform_id, vendor_id, category, kind, currency, sum(amount), count(*)
from cost_line
group by period_month, platform_id, vendor_id, category, kind, currency;

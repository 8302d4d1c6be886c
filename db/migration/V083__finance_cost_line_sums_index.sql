-- The finance figures start from one group-by (CostLineRepository.sums): the cost lines of up to three fiscal years
-- summed per month, platform, vendor, category, kind and currency. With the lines in that order and the amount in
-- the index, PostgreSQL reads them already grouped from the index alone (index-only scan, streaming aggregate)
-- instead of sorting ~750,000 rows, which spilled to disk at 1,000,000 lines (docs/benchmarks.md, "Finance
-- overview"). It starts with (period_month, platform_id), so the old index of those two is redundant.
create index cost_line_sums on cost_line (period_month, platform_id, vendor_id, category, kind, currency, amount);
drop index cost_line_period;

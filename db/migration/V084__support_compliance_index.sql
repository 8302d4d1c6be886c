-- The compliance figures group a year of tickets by month, severity, platform, policy and both outcomes
-- (VendorTicketRepository.countOutcomes). With every grouped column in one index PostgreSQL answers from the index
-- alone (an index-only scan) instead of reading the wide ticket rows: docs/benchmarks.md, "SLA compliance for a year".
create index vendor_ticket_outcomes on vendor_ticket (opened_month, policy_id, severity, platform_id,
                                                     response_outcome, resolution_outcome);

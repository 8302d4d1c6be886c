-- SLA compliance reads this monthly summary of ticket outcomes instead of grouping up to a million tickets per
-- request (docs/benchmarks.md, "SLA compliance for a year"): how many tickets of a month (in the policy's zone),
-- policy, platform and severity ended with each pair of clock outcomes. Only tickets with a policy and at least one
-- decided clock are counted; a clock still running (or at risk) counts as RUNNING. Every write of a ticket's
-- outcomes keeps it current in the same transaction (TicketOutcomeSummary); rows that fall to 0 stay.
create table ticket_outcome_month (
    opened_month       varchar(7)  not null,
    policy_id          bigint      not null,
    platform_id        bigint      not null,
    severity           varchar(2)  not null,
    response_outcome   varchar(10) not null,
    resolution_outcome varchar(10) not null,
    tickets            bigint      not null,
    -- No check that tickets >= 0: PostgreSQL checks the row an upsert proposes before it finds the conflict, so a
    -- decrement (a negative change) could not go through INSERT … ON CONFLICT.
    constraint ticket_outcome_month_key primary key (opened_month, policy_id, platform_id, severity,
                                                     response_outcome, resolution_outcome)
);

insert into ticket_outcome_month (opened_month, policy_id, platform_id, severity, response_outcome,
                                  resolution_outcome, tickets)
select opened_month, policy_id, platform_id, severity, response, resolution, count(*)
from (select opened_month, policy_id, platform_id, severity,
             case when response_outcome in ('MET', 'BREACHED') then response_outcome else 'RUNNING' end as response,
             case when resolution_outcome in ('MET', 'BREACHED') then resolution_outcome else 'RUNNING' end
                 as resolution
      from vendor_ticket
      where policy_id is not null
        and (response_outcome in ('MET', 'BREACHED') or resolution_outcome in ('MET', 'BREACHED'))) t
group by opened_month, policy_id, platform_id, severity, response, resolution;

-- Compliance no longer groups the tickets, so the covering index of V084 only costs every ticket write.
drop index vendor_ticket_outcomes;

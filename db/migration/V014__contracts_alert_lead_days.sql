-- Alert lead times per contract: the days before a notice deadline or contract end at which its owners are
-- alerted, longest first, comma-separated (AlertLeadTimes). Existing contracts get the former fixed schedule.
alter table contract add column alert_lead_days varchar(100) default '120, 90, 60, 30, 7' not null;
alter table contract_aud add column alert_lead_days varchar(100);

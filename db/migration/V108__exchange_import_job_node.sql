-- A running import names the node that runs it and that node's last heartbeat (a node whose heartbeat stands still
-- is gone), apart from the time of its last progress (an import that makes none is stuck), and who asked to
-- cancel it: the node running it stops at its next step and rolls back.
alter table import_job add column node_id varchar(64);
alter table import_job add column heartbeat_at timestamp(6) with time zone;
alter table import_job add column cancel_requested_by varchar(64);
create index import_job_running on import_job (status);

-- The audit trail pages each audited table by revision time (newest first); an index on the time lets the
-- database read a page's rows from the newest revisions instead of sorting every revision.
create index revinfo_revision_at on revinfo (revision_at);

-- The uploaded file of an import is named by a random key, not by the job's id: two portals on one machine with
-- their own databases (a test and a production instance, say) number their jobs alike and shared the default
-- upload folder, so one could read or delete the other's file. Jobs from before keep their id as the key.
alter table import_job add column file_key varchar(36);

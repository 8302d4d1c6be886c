-- One value for a column the file lacks (e.g. the platform of a vendor portal's ticket export), kept from the mapping
-- step to the commit; and the rows that repeated an earlier row exactly, which are imported once and shown to the user.
alter table import_job add column column_values varchar(4000);
alter table import_job add column repeated_count bigint;
alter table import_job add column repeated_rows varchar(2000);

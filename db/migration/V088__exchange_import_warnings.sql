-- A row of an import can now carry a warning instead of an error: it is imported all the same, and the wizard
-- shows the warning with the result (e.g. a contract whose notice period is as long as its term). Warnings are
-- kept beside the errors, told apart by this flag; every row kept before was an error.
alter table import_job_error add column warning boolean default false not null;

-- Where an import came from: the wizard resumes only its own imports, never one the API ran for the same user.
-- Imports from before are taken as the wizard's; the API's finished at once, and a stuck one expires as stale.
alter table import_job add column origin varchar(8) default 'WIZARD' not null;
-- A failure's argument may be a message key (a column's label), shown in the reader's language, not as the key.
alter table import_job add column message_argument_is_key boolean default false not null;

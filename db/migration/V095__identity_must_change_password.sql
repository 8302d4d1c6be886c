-- A password set by an admin is known to two people: its owner must choose a new one at the next login.
alter table app_user add column must_change_password boolean not null default false;

-- Each UI session remembers both stamps from its login and compares them on every request: a change of rights
-- (roles, enabled) or of the password moves a stamp, so the change reaches sessions on every node at once.
alter table app_user add column rights_stamp bigint not null default 0;
alter table app_user add column password_stamp bigint not null default 0;

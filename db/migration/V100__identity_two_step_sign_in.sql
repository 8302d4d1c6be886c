-- Two-step sign-in (RFC 6238 codes): the user's secret, when they confirmed it, and the last time step used, so a
-- code seen once is refused afterwards. A secret without totp_enabled_at is an enrolment not yet confirmed.
alter table app_user add column totp_secret varchar(64);
alter table app_user add column totp_enabled_at timestamp(6) with time zone;
alter table app_user add column totp_last_step bigint not null default 0;

-- Sign-in rules that hold for the whole portal: one row.
create table identity_sign_in_policy (
    id bigint primary key,
    admins_need_second_factor boolean not null,
    version bigint not null
);
insert into identity_sign_in_policy (id, admins_need_second_factor, version) values (1, false, 0);

-- One-time recovery codes for a lost phone, stored as SHA-256 hashes (about 80 random bits each, so no slow hash is
-- needed); a code used is deleted.
create table app_user_recovery_code (
    user_id bigint not null references app_user (id),
    code_hash varchar(64) not null,
    primary key (user_id, code_hash)
);

-- A user signs in with the portal's password or through an OpenID Connect provider: a provider's users are found by
-- the provider's id and their subject there (never by a login name someone could choose), and have no password.
alter table app_user add column sign_in_provider varchar(64);
alter table app_user add column external_subject varchar(255);
alter table app_user add column last_sign_in_at timestamp(6) with time zone;
create unique index ux_app_user_external_subject on app_user (sign_in_provider, external_subject);

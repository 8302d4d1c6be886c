-- Whether the user hid the getting-started path on the portfolio page (a personal preference, like the theme).
alter table app_user add column start_path_dismissed boolean not null default false;

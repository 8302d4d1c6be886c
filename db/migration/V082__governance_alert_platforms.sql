-- The platforms an alert concerns (a contract's, an entitlement's, a roadmap item's), so the portfolio's platform
-- cards can count each user's open alerts per platform. Not part of the alert's identity; the scan keeps them
-- in line with what the sources say, so alerts raised before this migration get theirs at the next scan.
create table alert_platform (
    alert_id    bigint not null references alert (id),
    platform_id bigint not null,
    primary key (alert_id, platform_id)
);
create index alert_platform_platform on alert_platform (platform_id);

-- Spring Modulith's event publication registry (its v2 layout: status, completion attempts, last resubmission):
-- one row per event and listener, written with the publishing transaction and completed when the listener
-- succeeds, so an event whose listener failed or whose node stopped is delivered again. Flyway owns the table;
-- the library's own schema initialisation is off. The serialized event is a short JSON record, so a varchar
-- that H2 and PostgreSQL both compare and index replaces the library's TEXT.
create table event_publication (
    id                     uuid not null,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone,
    constraint event_publication_pk primary key (id)
);

-- The registry finds a publication by its listener and event when it completes it, and the incomplete ones to
-- resubmit by their missing completion date.
create index event_publication_by_listener on event_publication (listener_id);
create index event_publication_by_completion_date on event_publication (completion_date);

-- Shared by every service: the outbox (Spring Modulith's event publication registry, schema v2)
-- and the record of events already consumed.
create table event_publication
(
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

create table processed_event
(
    consumer     text                     not null,
    event_id     uuid                     not null,
    event_type   text                     not null,
    event_key    text                     not null,
    processed_at timestamp with time zone not null,
    primary key (consumer, event_id)
);

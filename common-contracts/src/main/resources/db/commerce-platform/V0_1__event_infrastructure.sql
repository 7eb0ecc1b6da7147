-- Shared by every service: the transactional outbox, sent to Kafka by the OutboxRelay,
-- and the record of events already consumed.
create table outbox_event
(
    id         bigint generated always as identity primary key,
    event_id   uuid                     not null,
    topic      text                     not null,
    event_key  text                     not null,
    -- the envelope exactly as it goes on the wire (UTF-8 JSON), so a resend is the same record
    payload    text                     not null,
    -- W3C trace headers of the publishing transaction, one name=value per line
    headers    text,
    created_at timestamp with time zone not null
);

create table processed_event
(
    consumer     text                     not null,
    event_id     uuid                     not null,
    event_type   text                     not null,
    event_key    text                     not null,
    processed_at timestamp with time zone not null,
    primary key (consumer, event_id)
);

package io.commerce.contracts.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What travels on a topic: the event plus what every consumer needs to handle it safely. The
 * {@code eventId} is fixed when the event is first recorded in the publisher's outbox, so a resend of the
 * same publication carries the same id and idempotent consumers recognise it.
 */
public record EventEnvelope<T extends IntegrationEvent>(
        UUID eventId, String type, int version, Instant occurredAt, String key, T payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payload, "payload");
    }

    public static <T extends IntegrationEvent> EventEnvelope<T> of(T payload, UUID eventId, Instant occurredAt) {
        var type = EventCatalog.typeOf(payload);
        return new EventEnvelope<>(eventId, type.name(), type.version(), occurredAt, payload.key(), payload);
    }

    public String topic() {
        return EventCatalog.byName(type).topic();
    }
}

package io.commerce.platform.messaging;

import io.commerce.contracts.event.EventCatalog;
import io.commerce.contracts.event.EventEnvelope;
import io.commerce.contracts.event.IntegrationEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of an {@link EventEnvelope}, used on Kafka and in the outbox alike:
 * <pre>{"eventId":…,"type":"PaymentRequested","version":1,"occurredAt":…,"key":…,"payload":{…}}</pre>
 * Readers ignore fields they do not know, and read a reason code they do not know as {@code UNRECOGNIZED}, so
 * a publisher may add either without breaking them.
 */
public final class EventCodec {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(ExtensibleCodes.module())
            .build();

    public byte[] encode(EventEnvelope<?> envelope) {
        return json.writeValueAsBytes(envelope);
    }

    public String encodeToString(EventEnvelope<?> envelope) {
        return new String(encode(envelope), StandardCharsets.UTF_8);
    }

    public EventEnvelope<?> decode(byte[] bytes) {
        try {
            var tree = json.readTree(bytes);
            var typeName = text(tree, "type");
            var key = text(tree, "key");
            var type = EventCatalog.findByName(typeName);
            IntegrationEvent payload = type.isPresent()
                    ? json.treeToValue(required(tree, "payload"), type.get().javaType())
                    : new UnrecognizedEvent(typeName, key);
            return new EventEnvelope<>(
                    UUID.fromString(text(tree, "eventId")),
                    typeName,
                    tree.path("version").asInt(1),
                    Instant.parse(text(tree, "occurredAt")),
                    key,
                    payload);
        } catch (JacksonException | IllegalArgumentException | NullPointerException
                 | java.time.format.DateTimeParseException e) {
            throw new MalformedEventException("Not a valid event: " + e.getMessage(), e);
        }
    }

    public EventEnvelope<?> decode(String text) {
        return decode(text.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode required(JsonNode tree, String field) {
        var node = tree.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return node;
    }

    private static String text(JsonNode tree, String field) {
        var node = required(tree, field);
        if (!node.isString()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return node.asString();
    }
}

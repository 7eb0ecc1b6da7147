package io.commerce.platform.messaging;

import io.commerce.contracts.event.EventCatalog;
import io.commerce.contracts.event.EventEnvelope;
import io.commerce.contracts.event.IntegrationEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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
            // the payload is bound in the middle of the envelope; decode checks that nothing follows the envelope
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addModule(ExtensibleCodes.module())
            .build();

    public byte[] encode(EventEnvelope<?> envelope) {
        return json.writeValueAsBytes(envelope);
    }

    public String encodeToString(EventEnvelope<?> envelope) {
        return new String(encode(envelope), StandardCharsets.UTF_8);
    }

    /**
     * Reads the envelope in one pass: the payload is bound straight to its record when its type came before it, as
     * this codec writes it, and only held as a tree when a producer wrote the fields in another order.
     */
    public EventEnvelope<?> decode(byte[] bytes) {
        try (var parser = json.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("an envelope is a JSON object");
            }
            var fields = new Fields();
            for (var name = parser.nextName(); name != null; name = parser.nextName()) {
                var token = parser.nextToken();
                switch (name) {
                    case "eventId" -> fields.eventId = text(parser, name);
                    case "type" -> fields.type = text(parser, name);
                    case "version" -> fields.version = token == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : 1;
                    case "occurredAt" -> fields.occurredAt = text(parser, name);
                    case "key" -> fields.key = text(parser, name);
                    case "payload" -> fields.readPayload(parser, token);
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("nothing may follow the envelope");
            }
            return fields.envelope();
        } catch (JacksonException | IllegalArgumentException | NullPointerException
                 | java.time.format.DateTimeParseException e) {
            throw new MalformedEventException("Not a valid event: " + e.getMessage(), e);
        }
    }

    public EventEnvelope<?> decode(String text) {
        return decode(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(JsonParser parser, String field) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return parser.getString();
    }

    /** What has been read of one envelope so far. */
    private final class Fields {

        private String eventId;
        private String type;
        private int version = 1;
        private String occurredAt;
        private String key;
        private IntegrationEvent payload;
        private JsonNode payloadTree;

        void readPayload(JsonParser parser, JsonToken token) {
            if (token == JsonToken.VALUE_NULL) {
                throw new IllegalArgumentException("payload is required");
            }
            if (type == null) {
                payloadTree = json.readTree(parser);
                return;
            }
            var known = EventCatalog.findByName(type);
            if (known.isPresent()) {
                payload = json.readValue(parser, known.get().javaType());
            } else {
                parser.skipChildren();
            }
        }

        EventEnvelope<?> envelope() {
            required(eventId, "eventId");
            required(type, "type");
            required(occurredAt, "occurredAt");
            required(key, "key");
            var known = EventCatalog.findByName(type);
            IntegrationEvent event;
            if (known.isEmpty()) {
                event = new UnrecognizedEvent(type, key);
            } else if (payload != null) {
                event = payload;
            } else {
                event = json.treeToValue(required(payloadTree, "payload"), known.get().javaType());
            }
            return new EventEnvelope<>(UUID.fromString(eventId), type, version, Instant.parse(occurredAt), key, event);
        }

        private static <T> T required(T value, String field) {
            if (value == null) {
                throw new IllegalArgumentException(field + " is required");
            }
            return value;
        }
    }
}

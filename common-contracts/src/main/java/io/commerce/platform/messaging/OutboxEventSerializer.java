package io.commerce.platform.messaging;

import io.commerce.contracts.event.EventEnvelope;
import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores envelopes in the outbox (Spring Modulith's publication registry) in exactly their wire form, so a
 * publication resubmitted after a failed send is the same record, with the same event id.
 */
public class OutboxEventSerializer implements EventSerializer {

    private final EventCodec codec;
    private final JsonMapper json;

    public OutboxEventSerializer(EventCodec codec, JsonMapper json) {
        this.codec = codec;
        this.json = json;
    }

    @Override
    public Object serialize(Object event) {
        return event instanceof EventEnvelope<?> envelope ? codec.encodeToString(envelope) : json.writeValueAsString(event);
    }

    @Override
    public <T> T deserialize(Object serialized, Class<T> type) {
        if (EventEnvelope.class.isAssignableFrom(type)) {
            return type.cast(codec.decode(serialized.toString()));
        }
        return json.readValue(serialized.toString(), type);
    }
}

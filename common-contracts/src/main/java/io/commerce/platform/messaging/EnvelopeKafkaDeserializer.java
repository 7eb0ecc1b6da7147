package io.commerce.platform.messaging;

import io.commerce.contracts.event.EventEnvelope;
import org.apache.kafka.common.serialization.Deserializer;

/** Reads envelopes with the {@link EventCodec}; wrapped in an error-handling deserializer so a bad record is dead-lettered. */
public class EnvelopeKafkaDeserializer implements Deserializer<EventEnvelope<?>> {

    private final EventCodec codec;

    public EnvelopeKafkaDeserializer(EventCodec codec) {
        this.codec = codec;
    }

    @Override
    public EventEnvelope<?> deserialize(String topic, byte[] data) {
        return data == null ? null : codec.decode(data);
    }
}

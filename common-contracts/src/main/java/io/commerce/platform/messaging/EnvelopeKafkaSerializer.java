package io.commerce.platform.messaging;

import io.commerce.contracts.event.EventEnvelope;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes envelopes with the {@link EventCodec}. Raw bytes pass through untouched, which is what the
 * dead-letter publisher and the redriver send: a record that could not be read is kept byte for byte.
 */
public class EnvelopeKafkaSerializer implements Serializer<Object> {

    private final EventCodec codec;

    public EnvelopeKafkaSerializer(EventCodec codec) {
        this.codec = codec;
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        return switch (data) {
            case null -> null;
            case EventEnvelope<?> envelope -> codec.encode(envelope);
            case byte[] bytes -> bytes;
            case String text -> text.getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException(
                    "Only event envelopes go to Kafka, not " + data.getClass().getName());
        };
    }
}

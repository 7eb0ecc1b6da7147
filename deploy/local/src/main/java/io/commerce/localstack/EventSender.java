package io.commerce.localstack;

import io.commerce.contracts.event.EventEnvelope;
import io.commerce.contracts.event.IntegrationEvent;
import io.commerce.platform.messaging.EventCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Puts events (or any bytes) on the shared broker the way a publishing service would. */
public final class EventSender implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final EventCodec codec = new EventCodec();

    private EventSender(String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    public static EventSender toSharedBroker() {
        return new EventSender(EmbeddedKafkaServer.shared().bootstrapServers());
    }

    /** Sends {@code event} in a new envelope (a new event id); returns the envelope. */
    public EventEnvelope<?> send(IntegrationEvent event) {
        var envelope = EventEnvelope.of(event, UUID.randomUUID(), Instant.now());
        send(envelope);
        return envelope;
    }

    /** Sends this exact envelope again: same event id, as a redelivery would. */
    public void send(EventEnvelope<?> envelope) {
        sendRaw(envelope.topic(), envelope.key(), codec.encode(envelope));
    }

    /** Sends {@code event} in a new envelope with these record headers (a {@code traceparent}, say). */
    public EventEnvelope<?> send(IntegrationEvent event, Map<String, String> headers) {
        var envelope = EventEnvelope.of(event, UUID.randomUUID(), Instant.now());
        var record = new ProducerRecord<>(envelope.topic(), envelope.key(), codec.encode(envelope));
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        send(record);
        return envelope;
    }

    public void sendRaw(String topic, String key, byte[] value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    private void send(ProducerRecord<String, byte[]> record) {
        var topic = record.topic();
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not send to " + topic, e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}

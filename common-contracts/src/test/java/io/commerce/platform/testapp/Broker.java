package io.commerce.platform.testapp;

import io.commerce.contracts.event.EventEnvelope;
import io.commerce.contracts.event.IntegrationEvent;
import io.commerce.localstack.EmbeddedKafkaServer;
import io.commerce.platform.messaging.EventCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A broker as the tests see it, from outside the application: records put on a topic the way another service
 * would, and what is on a topic now, read from its beginning to its current end (a test waits with Awaitility
 * until what it expects is there). Topics are shared by every test of the JVM, so a test filters by its own keys.
 *
 * <p>local-stack's {@code EventSender} and {@code TopicRecorder} do this for the services; they depend on this
 * module, so its own tests cannot use them.
 */
public final class Broker implements AutoCloseable {

    private final String bootstrapServers;
    private final KafkaProducer<String, byte[]> producer;
    private final EventCodec codec = new EventCodec();

    public Broker(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    public static Broker shared() {
        return new Broker(EmbeddedKafkaServer.shared().bootstrapServers());
    }

    /** Sends {@code event} to {@code topic} in a new envelope (a new event id); returns the envelope. */
    public EventEnvelope<?> send(String topic, IntegrationEvent event) {
        return send(topic, event, Map.of());
    }

    /** Sends {@code event} in a new envelope with these record headers (a {@code traceparent}, say). */
    public EventEnvelope<?> send(String topic, IntegrationEvent event, Map<String, String> headers) {
        var envelope = EventEnvelope.of(event, UUID.randomUUID(), Instant.now());
        var record = new ProducerRecord<>(topic, envelope.key(), codec.encode(envelope));
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        send(record);
        return envelope;
    }

    /** Sends this exact envelope again: the same event id, as a redelivery would. */
    public void send(String topic, EventEnvelope<?> envelope) {
        sendRaw(topic, envelope.key(), codec.encode(envelope));
    }

    public void sendRaw(String topic, String key, byte[] value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    /** Sends these bytes with these record headers, as a producer that sets its own headers would. */
    public void sendRaw(String topic, String key, byte[] value, Map<String, String> headers) {
        var record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
        send(record);
    }

    public void sendRaw(String topic, String key, String value) {
        sendRaw(topic, key, value.getBytes(StandardCharsets.UTF_8));
    }

    private void send(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not send to " + record.topic(), e);
        }
    }

    /** Every record on {@code topic} now. */
    public List<ConsumerRecord<String, byte[]>> records(String topic) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            var records = new ArrayList<ConsumerRecord<String, byte[]>>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    public List<ConsumerRecord<String, byte[]>> recordsWithKey(String topic, String key) {
        return records(topic).stream().filter(r -> Objects.equals(key, r.key())).toList();
    }

    /** The envelopes on {@code topic} with this key, in the order of its partition; records that are no event are left out. */
    public List<EventEnvelope<?>> envelopesWithKey(String topic, String key) {
        var envelopes = new ArrayList<EventEnvelope<?>>();
        for (var record : recordsWithKey(topic, key)) {
            try {
                envelopes.add(codec.decode(record.value()));
            } catch (RuntimeException notAnEvent) {
                // a malformed record a test put there on purpose
            }
        }
        return envelopes;
    }

    /** The payloads of type {@code type} on {@code topic} under {@code key} that match {@code filter}. */
    public <T> List<T> payloads(String topic, String key, Class<T> type, Predicate<T> filter) {
        return envelopesWithKey(topic, key).stream()
                .map(EventEnvelope::payload)
                .filter(type::isInstance)
                .map(type::cast)
                .filter(filter)
                .toList();
    }

    @Override
    public void close() {
        producer.close();
    }
}

package io.commerce.coupon.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commerce.contracts.event.EventEnvelope;
import io.commerce.contracts.event.IntegrationEvent;
import io.commerce.contracts.event.Topics;
import io.commerce.platform.messaging.EventCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Talks to the service the way the saga does: real records on the real broker. "Everything for this order has
 * happened" is known exactly, not guessed with a timeout: the event is recorded as processed (same transaction
 * as its effects), the outbox holds nothing more for the order, and the coupon topic is read to its end.
 */
final class SagaProbe implements AutoCloseable {

    private final String bootstrapServers;
    private final JdbcTemplate jdbc;
    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, byte[]> producer;

    SagaProbe(String bootstrapServers, JdbcTemplate jdbc) {
        this.bootstrapServers = bootstrapServers;
        this.jdbc = jdbc;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes {@code event} on the order topic as the order service would; returns the envelope's id. */
    UUID send(IntegrationEvent event) throws Exception {
        var envelope = EventEnvelope.of(event, UUID.randomUUID(), Instant.now());
        sendRaw(Topics.ORDER_EVENTS, envelope.key(), codec.encode(envelope));
        return envelope.eventId();
    }

    void sendRaw(String topic, String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
    }

    /** Waits until the service has handled these events and its outbox has sent all it published for the order. */
    void awaitHandled(UUID orderId, UUID... eventIds) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (var eventId : eventIds) {
                assertThat(jdbc.queryForObject(
                        "select count(*) from processed_event where consumer = 'coupon-service' and event_id = ?",
                        Integer.class, eventId)).as("event %s processed", eventId).isEqualTo(1);
            }
            assertThat(jdbc.queryForObject(
                    "select count(*) from outbox_event where event_key = ?",
                    Integer.class, orderId.toString())).as("outbox drained for %s", orderId).isZero();
        });
    }

    /** Every event on the coupon topic keyed by {@code orderId}, reading the topic to its current end. */
    List<IntegrationEvent> couponEventsFor(UUID orderId) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(Topics.COUPON_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            var found = new ArrayList<IntegrationEvent>();
            await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (orderId.toString().equals(record.key())) {
                        found.add(codec.decode(record.value()).payload());
                    }
                }
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
            return found;
        }
    }

    /** Waits for a record with {@code key} on the order topic's dead-letter topic and returns its value. */
    byte[] awaitDeadLetter(String key) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            var topic = Topics.deadLetterOf(Topics.ORDER_EVENTS);
            await().atMost(Duration.ofSeconds(30)).until(() -> !consumer.partitionsFor(topic).isEmpty());
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var value = new byte[1][];
            await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        value[0] = record.value();
                    }
                }
                return value[0] != null;
            });
            return value[0];
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}

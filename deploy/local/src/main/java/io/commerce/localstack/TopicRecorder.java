package io.commerce.localstack;

import io.commerce.contracts.event.EventEnvelope;
import io.commerce.platform.messaging.EventCodec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Records everything on a topic of the shared broker, from its beginning, in the background: a test
 * publishes, then waits (with Awaitility) until the records it expects are here. Topics are shared by
 * all tests of the JVM, so a test filters by its own order or member ids.
 */
public final class TopicRecorder implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    /** Each record with its envelope, decoded once on arrival (null if it is not an event): tests poll often. */
    private record Recorded(ConsumerRecord<String, byte[]> record, EventEnvelope<?> envelope) {
    }

    private final List<Recorded> records = new CopyOnWriteArrayList<>();
    private final EventCodec codec = new EventCodec();
    private final Thread poller;
    private volatile boolean running = true;

    private TopicRecorder(String bootstrapServers, String topic) {
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "recorder-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        this.poller = Thread.ofPlatform().daemon().name("recorder-" + topic).start(this::poll);
    }

    /** Starts recording {@code topic} on the JVM's shared broker. */
    public static TopicRecorder record(String topic) {
        return new TopicRecorder(EmbeddedKafkaServer.shared().bootstrapServers(), topic);
    }

    private void poll() {
        try {
            while (running) {
                consumer.poll(Duration.ofMillis(100))
                        .forEach(record -> records.add(new Recorded(record, decodeOrNull(record.value()))));
            }
        } catch (WakeupException stopping) {
            // closing
        } finally {
            consumer.close();
        }
    }

    public List<ConsumerRecord<String, byte[]>> records() {
        return records.stream().map(Recorded::record).toList();
    }

    public List<ConsumerRecord<String, byte[]>> recordsWithKey(String key) {
        return records.stream().map(Recorded::record).filter(r -> key.equals(r.key())).toList();
    }

    /** The decodable envelopes recorded so far whose payload is a {@code type} matching {@code filter}. */
    public <T> List<T> payloads(Class<T> type, Predicate<T> filter) {
        return records.stream()
                .map(Recorded::envelope)
                .filter(e -> e != null && type.isInstance(e.payload()))
                .map(e -> type.cast(e.payload()))
                .filter(filter)
                .toList();
    }

    public List<EventEnvelope<?>> envelopes() {
        return records.stream().<EventEnvelope<?>>map(Recorded::envelope).filter(e -> e != null).toList();
    }

    private EventEnvelope<?> decodeOrNull(byte[] value) {
        try {
            return value == null ? null : codec.decode(value);
        } catch (RuntimeException notAnEvent) {
            return null;
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

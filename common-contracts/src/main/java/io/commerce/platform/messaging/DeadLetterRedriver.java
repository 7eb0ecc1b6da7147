package io.commerce.platform.messaging;

import io.commerce.contracts.event.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Sends dead-lettered records back to the topic they came from, once the cause is fixed. The records go
 * byte for byte with their original event ids and headers (the failure's own headers left out), so consumers that already handled one skip it: redriving
 * twice is as harmless as any other duplicate delivery. The redriver's own consumer group remembers how
 * far it got, so a record is redriven once per redrive request at most.
 */
public class DeadLetterRedriver {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRedriver.class);
    /** What {@link KafkaHeaders#DLT_ORIGINAL_TOPIC} and the other failure headers begin with. */
    private static final String DEAD_LETTER_HEADER_PREFIX = KafkaHeaders.PREFIX + "dlt-";

    private final ConsumerFactory<?, ?> consumers;
    private final KafkaTemplate<Object, Object> template;
    private final String group;

    public DeadLetterRedriver(ConsumerFactory<?, ?> consumers, KafkaTemplate<Object, Object> template, String group) {
        this.consumers = consumers;
        this.template = template;
        this.group = group;
    }

    /** Redrives everything in {@code topic}'s dead-letter topic that this service has not redriven yet. */
    public int redrive(String topic) {
        var deadLetters = Topics.deadLetterOf(topic);
        var config = new HashMap<>(consumers.getConfigurationProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        int redriven = 0;
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetters).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            var end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    resend(record, topic);
                    redriven++;
                }
                consumer.commitSync();
            }
        }
        log.info("Redrove {} records from {} to {}", redriven, deadLetters, topic);
        return redriven;
    }

    private void resend(ConsumerRecord<byte[], byte[]> record, String topic) {
        var key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        var original = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC);
        var target = original == null ? topic : new String(original.value(), StandardCharsets.UTF_8);
        var redriven = new ProducerRecord<Object, Object>(target, null, key, record.value(), withoutDeadLetterHeaders(record));
        try {
            template.send(redriven).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while redriving", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not redrive a record to " + target, e.getCause());
        }
    }

    /** The innermost cause of a failed redrive: a Kafka error arrives wrapped once or twice. */
    static Throwable causeOf(Throwable failure) {
        var cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * The record's own headers (its trace context above all, so the redriven event joins the trace that caused it),
     * without what the dead-letter publisher added about the failure.
     */
    private static Headers withoutDeadLetterHeaders(ConsumerRecord<byte[], byte[]> record) {
        var headers = new RecordHeaders();
        for (var header : record.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADER_PREFIX)) {
                headers.add(header);
            }
        }
        return headers;
    }
}

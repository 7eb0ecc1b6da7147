package io.commerce.platform.messaging;

import io.commerce.contracts.event.EventEnvelope;
import io.commerce.contracts.event.EventHeaders;
import io.micrometer.observation.ObservationRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation.DefaultKafkaListenerObservationConvention;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles each event once. The event id is recorded in {@code processed_event} in the same transaction as
 * whatever the handler changes, so a redelivered, duplicated or redriven record finds it and changes nothing;
 * if the handler fails, the record of it rolls back too and the next delivery tries again.
 *
 * <p>Listeners receive what one poll returned, as bytes, and pass it here whole with their {@link EventRoutes}.
 * Most events on a topic are another service's business (four groups read every order event, and each acts on one
 * or two types), so a record whose {@link EventHeaders#TYPE} header names a type the routes do not handle is
 * dropped before it is parsed, before any transaction and before any observation: it changes nothing, so there is
 * nothing to remember or to trace. The rest is decoded in one pass ({@link EventCodec}); a record without the
 * header (a redriven one) is decoded and routed by its payload. Each event that is ours gets its own transaction
 * and its own listener observation, which continues the trace the record carries. A transaction per event, not
 * per poll, keeps the pessimistic row locks of different consumers acquired in the order each use case chooses,
 * so they cannot deadlock each other.
 *
 * <p>When a record cannot be read or its handling fails, the records before it are done; a
 * {@link BatchListenerFailedException} names the failed one, so the container's error handler commits what
 * came before it, retries it or dead-letters it, and delivers the rest of the poll again.
 */
public class IdempotentConsumer {

    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);

    private final String consumer;
    private final EventCodec codec;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObservationRegistry observations;

    public IdempotentConsumer(String consumer, EventCodec codec, JdbcTemplate jdbc, TransactionTemplate transactions,
            ObservationRegistry observations) {
        this.consumer = consumer;
        this.codec = codec;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.observations = observations;
    }

    /**
     * Runs, in order, the handling {@code routes} give each record's event, unless this consumer has handled the
     * event before or its type is not routed.
     *
     * @throws BatchListenerFailedException naming the first record that could not be read or handled
     */
    public void handleAll(List<ConsumerRecord<String, byte[]>> records, EventRoutes routes) {
        for (var record : records) {
            try {
                handle(record, routes);
            } catch (RuntimeException e) {
                throw new BatchListenerFailedException(e.getMessage(), e, record);
            }
        }
    }

    private void handle(ConsumerRecord<String, byte[]> record, EventRoutes routes) {
        var type = record.headers().lastHeader(EventHeaders.TYPE);
        if (type != null && !routes.handles(new String(type.value(), StandardCharsets.UTF_8))) {
            return;
        }
        if (record.value() == null) {
            throw new MalformedEventException("A record without a value", null);
        }
        var envelope = codec.decode(record.value());
        if (envelope.payload() instanceof UnrecognizedEvent unknown) {
            log.debug("Skipping event of unknown type {}", unknown.type());
            return;
        }
        var handling = routes.handlingOf(envelope.payload());
        if (handling.isEmpty()) {
            return;
        }
        // the key is the order id for every saga event: log lines about an order can be found by it
        try (var ignored = MDC.putCloseable("eventKey", envelope.key())) {
            KafkaListenerObservation.LISTENER_OBSERVATION.observation(null,
                    DefaultKafkaListenerObservationConvention.INSTANCE,
                    () -> new KafkaRecordReceiverContext(record, consumer, consumer, consumer, () -> null),
                    observations)
                    .observe(() -> handleOnce(envelope, handling.get()));
        }
    }
    private void handleOnce(EventEnvelope<?> envelope, Runnable handling) {
        transactions.executeWithoutResult(status -> {
            int inserted = jdbc.update("""
                    insert into processed_event (consumer, event_id, event_type, event_key, processed_at)
                    values (?, ?, ?, ?, now())
                    on conflict do nothing""",
                    consumer, envelope.eventId(), envelope.type(), envelope.key());
            if (inserted == 0) {
                log.info("Skipping duplicate {} {} for {}", envelope.type(), envelope.eventId(), envelope.key());
                return;
            }
            handling.run();
        });
    }
}

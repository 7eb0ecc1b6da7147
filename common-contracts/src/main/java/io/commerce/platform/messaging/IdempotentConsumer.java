package io.commerce.platform.messaging;

import io.commerce.contracts.event.EventEnvelope;
import io.commerce.contracts.event.IntegrationEvent;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.log.LogAccessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation.DefaultKafkaListenerObservationConvention;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles each event once. The event id is recorded in {@code processed_event} in the same transaction as
 * whatever the handler changes, so a redelivered, duplicated or redriven record finds it and changes nothing;
 * if the handler fails, the record of it rolls back too and the next delivery tries again.
 *
 * <p>Listeners receive what one poll returned and pass it here whole. A listener routes each event to its
 * handling, or to {@link #NOT_OURS}. Most events on a topic are another service's business (four groups read
 * every order event, and each acts on one or two types), so those are dropped before any transaction, and
 * before any observation: a skipped event changes nothing, so there is nothing to remember or to trace.
 * Each event that is ours gets its own transaction and its own listener observation, which continues the trace
 * the record carries. A transaction per event, not per poll, keeps the pessimistic row locks of different
 * consumers acquired in the order each use case chooses, so they cannot deadlock each other.
 *
 * <p>When a record cannot be read or its handling fails, the records before it are done; a
 * {@link BatchListenerFailedException} names the failed one, so the container's error handler commits what
 * came before it, retries it or dead-letters it, and delivers the rest of the poll again.
 */
public class IdempotentConsumer {

    /** The routing of an event this consumer does not act on. */
    public static final Runnable NOT_OURS = () -> { };

    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);
    private static final LogAccessor springLog = new LogAccessor(IdempotentConsumer.class);

    private final String consumer;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObservationRegistry observations;

    public IdempotentConsumer(String consumer, JdbcTemplate jdbc, TransactionTemplate transactions,
            ObservationRegistry observations) {
        this.consumer = consumer;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.observations = observations;
    }

    /**
     * Runs, in order, the handling {@code route} gives for each record's payload, unless this consumer has
     * handled the event before or the route is {@link #NOT_OURS}.
     *
     * @throws BatchListenerFailedException naming the first record that could not be read or handled
     */
    public void handleAll(List<ConsumerRecord<String, EventEnvelope<?>>> records,
            Function<IntegrationEvent, Runnable> route) {
        for (var record : records) {
            try {
                handle(record, route);
            } catch (RuntimeException e) {
                throw new BatchListenerFailedException(e.getMessage(), e, record);
            }
        }
    }

    private void handle(ConsumerRecord<String, EventEnvelope<?>> record, Function<IntegrationEvent, Runnable> route) {
        var envelope = record.value();
        if (envelope == null) {
            // ErrorHandlingDeserializer leaves the value empty and the reason in a header
            var unreadable = SerializationUtils.getExceptionFromHeader(record,
                    SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, springLog);
            throw unreadable != null ? unreadable : new MalformedEventException("A record without a value", null);
        }
        if (envelope.payload() instanceof UnrecognizedEvent unknown) {
            log.debug("Skipping event of unknown type {}", unknown.type());
            return;
        }
        var handling = route.apply(envelope.payload());
        if (handling == NOT_OURS) {
            return;
        }
        // the key is the order id for every saga event: log lines about an order can be found by it
        try (var ignored = MDC.putCloseable("eventKey", envelope.key())) {
            KafkaListenerObservation.LISTENER_OBSERVATION.observation(null,
                    DefaultKafkaListenerObservationConvention.INSTANCE,
                    () -> new KafkaRecordReceiverContext(record, consumer, consumer, consumer, () -> null),
                    observations)
                    .observe(() -> handleOnce(envelope, handling));
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

package io.commerce.platform.messaging;

import io.commerce.contracts.event.EventEnvelope;
import io.commerce.contracts.event.EventHeaders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.ObservationRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation.DefaultKafkaListenerObservationConvention;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
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
 * header (a redriven one) is decoded and routed by its payload.
 *
 * <p>The events of a poll whose routes name the rows they lock are handled in one transaction: it takes those
 * locks first, all of them, as transaction-scoped advisory locks in one global order (so two such transactions,
 * of two consumers or two listeners, queue instead of deadlocking whatever their events are), records every event
 * id with one insert, and runs the handlings in the order of the records. A commit, a connection and a round trip
 * per event become one per poll. If anything in it fails, it rolls back and its events are handled again one
 * transaction each, so the event that failed is found and goes alone to retry and to the dead-letter topic. An
 * event whose route names no locks gets a transaction of its own, after the events before it.
 *
 * <p>A handled event whose trace is sampled (or that carries none) gets its own listener observation, a span that
 * continues the trace the record carries; the others, most of them, only pass their trace context on to what they
 * publish and to their log lines ({@link TraceHeaders#continueUnsampled}). Every handling is timed
 * ({@code commerce.consumer.handling}).
 *
 * <p>When a record cannot be read or its handling fails, the records before it are done; a
 * {@link BatchListenerFailedException} names the failed one, so the container's error handler commits what
 * came before it, retries it or dead-letters it, and delivers the rest of the poll again.
 */
public class IdempotentConsumer {

    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);
    /** The first key of the two-key advisory locks a poll's transaction takes; the second is the row's hash. */
    private static final int LOCK_SPACE = 0x636f6e73;

    private final String consumer;
    private final EventCodec codec;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObservationRegistry observations;
    private final DistributionSummary eventsPerTransaction;
    private final Counter fallbacks;
    private final Timer handlings;

    public IdempotentConsumer(String consumer, EventCodec codec, JdbcTemplate jdbc, TransactionTemplate transactions,
            ObservationRegistry observations, MeterRegistry meters) {
        this.consumer = consumer;
        this.codec = codec;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.observations = observations;
        this.eventsPerTransaction = DistributionSummary.builder("commerce.consumer.transaction.events")
                .description("events recorded as processed by one committed consumer transaction").register(meters);
        this.fallbacks = Counter.builder("commerce.consumer.poll.fallbacks")
                .description("poll transactions rolled back, their events then handled one transaction each")
                .register(meters);
        this.handlings = Timer.builder("commerce.consumer.handling")
                .description("the handling of each event, sampled or not").register(meters);
    }

    /**
     * Runs, in order, the handling {@code routes} give each record's event, unless this consumer has handled the
     * event before or its type is not routed.
     *
     * @throws BatchListenerFailedException naming the first record that could not be read or handled
     */
    public void handleAll(List<ConsumerRecord<String, byte[]>> records, EventRoutes routes) {
        var together = new ArrayList<Delivery>();
        for (var record : records) {
            Delivery delivery;
            try {
                delivery = read(record, routes);
            } catch (RuntimeException e) {
                handleTogether(together);
                throw new BatchListenerFailedException(e.getMessage(), e, record);
            }
            if (delivery == null) {
                continue;
            }
            if (delivery.handling().locks().isPresent()) {
                together.add(delivery);
            } else {
                handleTogether(together);
                together.clear();
                handleAlone(delivery);
            }
        }
        handleTogether(together);
    }

    /** The record's event and its handling, or null if it is not ours. */
    private @Nullable Delivery read(ConsumerRecord<String, byte[]> record, EventRoutes routes) {
        var type = record.headers().lastHeader(EventHeaders.TYPE);
        if (type != null && !routes.handles(new String(type.value(), StandardCharsets.UTF_8))) {
            return null;
        }
        if (record.value() == null) {
            throw new MalformedEventException("A record without a value", null);
        }
        var envelope = codec.decode(record.value());
        if (envelope.payload() instanceof UnrecognizedEvent unknown) {
            log.debug("Skipping event of unknown type {}", unknown.type());
            return null;
        }
        return routes.handlingOf(envelope.payload()).map(handling -> new Delivery(record, envelope, handling))
                .orElse(null);
    }

    private void handleTogether(List<Delivery> deliveries) {
        if (deliveries.size() < 2) {
            deliveries.forEach(this::handleAlone);
            return;
        }
        try {
            transactions.executeWithoutResult(status -> {
                lockInOrder(deliveries);
                var fresh = recordProcessed(deliveries);
                committed(fresh.size());
                for (var delivery : deliveries) {
                    if (fresh.remove(delivery.envelope().eventId())) {
                        observe(delivery, delivery.handling().action());
                    } else {
                        skippingDuplicate(delivery.envelope());
                    }
                }
            });
        } catch (RuntimeException e) {
            fallbacks.increment();
            log.debug("A poll's transaction failed, handling its {} events one by one: {}", deliveries.size(),
                    e.getMessage());
            deliveries.forEach(this::handleAlone);
        }
    }

    private void handleAlone(Delivery delivery) {
        try {
            var envelope = delivery.envelope();
            observe(delivery, () -> transactions.executeWithoutResult(status -> {
                int inserted = jdbc.update("""
                        insert into processed_event (consumer, event_id, event_type, event_key, processed_at)
                        values (?, ?, ?, ?, now())
                        on conflict do nothing""",
                        consumer, envelope.eventId(), envelope.type(), envelope.key());
                if (inserted == 0) {
                    skippingDuplicate(envelope);
                    return;
                }
                delivery.handling().action().run();
                committed(1);
            }));
        } catch (RuntimeException e) {
            throw new BatchListenerFailedException(e.getMessage(), e, delivery.record());
        }
    }

    /** Every row the deliveries lock, by the hash of its name, in ascending order; a collision only queues more. */
    private void lockInOrder(List<Delivery> deliveries) {
        var keys = deliveries.stream().flatMap(d -> d.handling().locks().orElseThrow().stream())
                .map(String::hashCode).distinct().sorted().toArray(Integer[]::new);
        if (keys.length == 0) {
            return;
        }
        jdbc.query(connection -> {
            var lock = connection.prepareStatement(
                    "select pg_advisory_xact_lock(?, k) from unnest(?::integer[]) as k");
            lock.setInt(1, LOCK_SPACE);
            lock.setArray(2, connection.createArrayOf("integer", keys));
            return lock;
        }, rs -> null);
    }

    /** Records the deliveries' events as processed with one insert; returns the ids that were new. */
    private Set<UUID> recordProcessed(List<Delivery> deliveries) {
        var ids = deliveries.stream().map(d -> d.envelope().eventId()).toArray(UUID[]::new);
        var types = deliveries.stream().map(d -> d.envelope().type()).toArray(String[]::new);
        var keys = deliveries.stream().map(d -> d.envelope().key()).toArray(String[]::new);
        var fresh = new HashSet<UUID>();
        jdbc.query(connection -> {
            var insert = connection.prepareStatement("""
                    insert into processed_event (consumer, event_id, event_type, event_key, processed_at)
                    select ?, e.event_id, e.event_type, e.event_key, now()
                    from unnest(?::uuid[], ?::text[], ?::text[]) as e(event_id, event_type, event_key)
                    on conflict do nothing
                    returning event_id""");
            insert.setString(1, consumer);
            insert.setArray(2, connection.createArrayOf("uuid", ids));
            insert.setArray(3, connection.createArrayOf("text", types));
            insert.setArray(4, connection.createArrayOf("text", keys));
            return insert;
        }, (RowCallbackHandler) rs -> fresh.add(rs.getObject(1, UUID.class)));
        return fresh;
    }

    /**
     * Times the handling; a record of a sampled trace (or of none) is observed in full, with a span that continues
     * its trace; one of an unsampled trace only passes its trace context on.
     */
    private void observe(Delivery delivery, Runnable work) {
        var record = delivery.record();
        var timing = Timer.start();
        // the key is the order id for every saga event: log lines about an order can be found by it
        try (var ignored = MDC.putCloseable("eventKey", delivery.envelope().key())) {
            if (TraceHeaders.unsampled(record.headers())) {
                try (var continued = TraceHeaders.continueUnsampled(record.headers())) {
                    work.run();
                }
            } else {
                KafkaListenerObservation.LISTENER_OBSERVATION.observation(null,
                        DefaultKafkaListenerObservationConvention.INSTANCE,
                        () -> new KafkaRecordReceiverContext(record, consumer, consumer, consumer, () -> null),
                        observations)
                        .observe(work);
            }
        } finally {
            timing.stop(handlings);
        }
    }

    private void committed(int events) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                eventsPerTransaction.record(events);
            }
        });
    }

    private static void skippingDuplicate(EventEnvelope<?> envelope) {
        log.info("Skipping duplicate {} {} for {}", envelope.type(), envelope.eventId(), envelope.key());
    }

    private record Delivery(ConsumerRecord<String, byte[]> record, EventEnvelope<?> envelope,
            EventRoutes.Handling handling) {
    }
}

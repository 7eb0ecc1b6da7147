package io.commerce.platform.messaging;

import io.commerce.contracts.event.EventEnvelope;
import io.commerce.contracts.event.EventHeaders;
import io.commerce.contracts.event.IntegrationEvent;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way a service publishes: the event is written to the outbox table in the caller's transaction and
 * sent to Kafka by the {@link OutboxRelay} once that transaction has committed. No transaction, no event: a
 * state change and the event announcing it are committed together or not at all.
 */
public class IntegrationEventPublisher {

    private final JdbcTemplate jdbc;
    private final EventCodec codec;
    private final TraceHeaders traceHeaders;
    private final OutboxRelay relay;
    private final Clock clock;

    public IntegrationEventPublisher(JdbcTemplate jdbc, EventCodec codec, TraceHeaders traceHeaders, OutboxRelay relay,
            Clock clock) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.traceHeaders = traceHeaders;
        this.relay = relay;
        this.clock = clock;
    }

    public void publish(IntegrationEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException(
                    "An event is published in the transaction of the change it announces; there is none");
        }
        var envelope = EventEnvelope.of(event, UUID.randomUUID(), clock.instant());
        jdbc.update("""
                insert into outbox_event (event_id, topic, event_key, payload, headers, created_at)
                values (?, ?, ?, ?, ?, ?)""",
                envelope.eventId(), envelope.topic(), envelope.key(), codec.encodeToString(envelope),
                headers(envelope), Timestamp.from(envelope.occurredAt()));
        // the relay would find the row within its idle interval anyway; waking it keeps the saga's hops short
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
    }

    /** The record's headers as the outbox stores them (one name=value per line): the type, then the trace. */
    private String headers(EventEnvelope<?> envelope) {
        var trace = traceHeaders.current();
        var type = EventHeaders.TYPE + "=" + envelope.type() + "\n";
        return trace == null ? type : type + trace;
    }
}

package io.commerce.platform.messaging;

import io.commerce.contracts.event.EventEnvelope;
import io.commerce.contracts.event.IntegrationEvent;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles each event once. The event id is recorded in {@code processed_event} in the same transaction as
 * whatever the handler changes, so a redelivered, duplicated or redriven record finds it and changes nothing;
 * if the handler fails, the record of it rolls back too and the next delivery tries again.
 *
 * <p>A listener routes each event to its handling, or to {@link #NOT_OURS}. Most events on a topic are another
 * service's business (four groups read every order event, and each acts on one or two types), so those are
 * dropped before any transaction: a skipped event changes nothing, so there is nothing to remember either.
 */
public class IdempotentConsumer {

    /** The routing of an event this consumer does not act on. */
    public static final Runnable NOT_OURS = () -> { };

    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);

    private final String consumer;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public IdempotentConsumer(String consumer, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.consumer = consumer;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Runs the handling {@code route} gives for the payload, unless this consumer has handled the event before
     * or the route is {@link #NOT_OURS}.
     */
    public void handle(EventEnvelope<?> envelope, Function<IntegrationEvent, Runnable> route) {
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
            handleOnce(envelope, handling);
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

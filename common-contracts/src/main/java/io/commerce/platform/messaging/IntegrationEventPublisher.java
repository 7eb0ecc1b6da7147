package io.commerce.platform.messaging;

import io.commerce.contracts.event.EventEnvelope;
import io.commerce.contracts.event.IntegrationEvent;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a service publishes: the event is recorded in the outbox in the caller's transaction and
 * sent to Kafka after that transaction commits. No transaction, no event: a state change and the event
 * announcing it are committed together or not at all.
 */
public class IntegrationEventPublisher {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    public IntegrationEventPublisher(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void publish(IntegrationEvent event) {
        events.publishEvent(EventEnvelope.of(event, UUID.randomUUID(), clock.instant()));
    }
}

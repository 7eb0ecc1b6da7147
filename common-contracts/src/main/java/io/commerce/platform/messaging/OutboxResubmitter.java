package io.commerce.platform.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Retries outbox publications whose Kafka send failed (broker down, topic unavailable). Without this, a
 * failed publication would wait for the next restart; with it, the event goes out once Kafka is back.
 */
class OutboxResubmitter implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OutboxResubmitter.class);

    private final IncompleteEventPublications publications;
    private final MessagingProperties properties;

    OutboxResubmitter(IncompleteEventPublications publications, MessagingProperties properties) {
        this.publications = publications;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::resubmit, properties.resubmitEvery());
    }

    void resubmit() {
        try {
            publications.resubmitIncompletePublicationsOlderThan(properties.resubmitOlderThan());
        } catch (RuntimeException e) {
            log.warn("Outbox resubmission failed, will try again: {}", e.getMessage());
        }
    }
}

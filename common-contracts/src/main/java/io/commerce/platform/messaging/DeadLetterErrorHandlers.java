package io.commerce.platform.messaging;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.event.Topics;
import io.commerce.platform.config.DatabaseUnreachable;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * A failing record is retried with back-off, then published to {@code <topic>.DLT} (same partition) and
 * counted in {@code commerce.events.dead.lettered}. A record that can't be read or breaks a rule is not
 * retried: no number of attempts would fix it. A record whose handling failed because the database could not be
 * reached, or had no connection to spare, is retried for as long as that lasts: the record is not at fault, and
 * dead-lettering the saga's events during a database restart or a load peak would strand their orders.
 */
final class DeadLetterErrorHandlers {

    static final String DEAD_LETTER_METRIC = "commerce.events.dead.lettered";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterErrorHandlers.class);

    private DeadLetterErrorHandlers() {
    }

    static DefaultErrorHandler create(KafkaOperations<?, ?> template, MeterRegistry meters, MessagingProperties properties) {
        var publisher = new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(Topics.deadLetterOf(record.topic()), record.partition()));
        var backOff = new ExponentialBackOffWithMaxRetries(properties.retries());
        backOff.setInitialInterval(properties.initialBackoff().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(properties.maxBackoff().toMillis());
        var handler = new DefaultErrorHandler((record, e) -> {
            // the listener's exception wraps the handler's; the handler's says why
            log.warn("Dead-lettering {}-{}@{} (key {}): {}", record.topic(), record.partition(), record.offset(),
                    record.key(), NestedExceptionUtils.getMostSpecificCause(e).toString());
            publisher.accept(record, e);
            meters.counter(DEAD_LETTER_METRIC, "topic", record.topic()).increment();
        }, backOff);
        var untilTheDatabaseIsBack = new ExponentialBackOff(properties.initialBackoff().toMillis(), 2.0);
        untilTheDatabaseIsBack.setMaxInterval(properties.maxBackoff().toMillis());
        handler.setBackOffFunction((record, e) -> isInfrastructureFailure(e) ? untilTheDatabaseIsBack : null);
        handler.addNotRetryableExceptions(MalformedEventException.class, IllegalArgumentException.class,
                DomainException.class);
        return handler;
    }

    /** The database unreachable, or no pooled connection within its timeout: anything the record did not cause. */
    static boolean isInfrastructureFailure(Throwable e) {
        return DatabaseUnreachable.causedIt(e);
    }
}

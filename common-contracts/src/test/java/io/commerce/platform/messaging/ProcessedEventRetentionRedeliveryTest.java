package io.commerce.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.balance.PaymentCompleted;
import io.commerce.contracts.event.order.PaymentRequested;
import io.commerce.platform.testapp.Broker;
import io.commerce.platform.testapp.PlatformTest;
import io.commerce.platform.testapp.Tallies;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Consumers stay idempotent for as long as the retention: the test application's own retention job, with its
 * configured retention, runs after an event was handled and its record has grown almost as old as the retention; the
 * event delivered again then changes nothing. Records go through the real broker and listener, as in
 * {@link IdempotentConsumerTest}; the ages are set on this test's own rows only, so other tests' rows are not touched.
 */
@PlatformTest
class ProcessedEventRetentionRedeliveryTest {

    @Autowired
    Tallies tallies;

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    Broker broker;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessedEventRetention retention;
    @Autowired
    MessagingProperties properties;

    @Test
    void an_event_delivered_again_inside_the_retention_after_the_job_ran_changes_nothing() {
        var member = "member-" + UUID.randomUUID();
        var order = UUID.randomUUID();
        var request = broker.send(Topics.ORDER_EVENTS, new PaymentRequested(order, member, 1_000));
        awaitHandledUpTo(order);
        assertThat(tallies.of(member)).isEqualTo(1_000);
        var kept = properties.processed().retention().minus(Duration.ofHours(1));
        age(request.eventId(), kept);
        var expired = UUID.randomUUID();
        recordProcessed(expired, properties.processed().retention().plus(Duration.ofHours(1)));

        retention.prune();

        assertThat(tallies.processed(expired)).as("the job ran: a record older than the retention is gone").isZero();
        assertThat(tallies.processed(request.eventId())).as("one inside it is kept").isEqualTo(1);
        broker.send(Topics.ORDER_EVENTS, request);
        awaitHandledUpTo(order);
        assertThat(tallies.of(member)).isEqualTo(1_000);
        assertThat(tallies.processed(request.eventId())).isEqualTo(1);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(broker.payloads(Topics.BALANCE_EVENTS,
                order.toString(), PaymentCompleted.class, e -> e.userId().equals(member))).hasSize(1));
    }

    /** Sends a marker payment under {@code key} and waits until it is handled: all sent before it under that key is. */
    private void awaitHandledUpTo(UUID key) {
        var marker = "marker-" + UUID.randomUUID();
        broker.send(Topics.ORDER_EVENTS, new PaymentRequested(key, marker, 1));
        await().atMost(PATIENCE).until(() -> tallies.orZero(marker) == 1);
    }

    /** Makes the record of {@code eventId} as old as {@code age}, as if it had been handled that long ago. */
    private void age(UUID eventId, Duration age) {
        assertThat(jdbc.update("""
                update processed_event set processed_at = now() - make_interval(secs => ?)
                where consumer = 'platform-test' and event_id = ?""", age.toSeconds(), eventId)).isEqualTo(1);
    }

    private void recordProcessed(UUID eventId, Duration age) {
        jdbc.update("""
                insert into processed_event (consumer, event_id, event_type, event_key, processed_at)
                values ('platform-test', ?, 'PaymentRequested', ?, now() - make_interval(secs => ?))""",
                eventId, eventId.toString(), age.toSeconds());
    }
}

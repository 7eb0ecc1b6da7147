package io.commerce.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commerce.contracts.event.EventEnvelope;
import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.order.PaymentRequested;
import io.commerce.platform.testapp.Broker;
import io.commerce.platform.testapp.PlatformTest;
import io.commerce.platform.testapp.Tallies;
import io.commerce.platform.testapp.TallyService;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * The events of one poll share a transaction. The listener is paused while a test sends, so that the first poll
 * after it resumes returns everything sent; what the poll's transaction did is read from the consumer's meters.
 */
@PlatformTest
class PollTransactionTest {

    @Autowired
    Tallies tallies;

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = Topics.deadLetterOf(Topics.ORDER_EVENTS);

    @Autowired
    Broker broker;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    KafkaListenerEndpointRegistry listeners;

    private UUID order;

    @BeforeEach
    void aFreshOrder() {
        order = UUID.randomUUID();
    }

    @Test
    void twenty_payments_in_one_poll_are_recorded_by_one_transaction() {
        var members = members(20);
        long transactionsBefore = transactions();
        double eventsBefore = eventsInTransactions();

        whilePaused(() -> members.forEach(member ->
                broker.send(Topics.ORDER_EVENTS, new PaymentRequested(order, member, 1_000))));

        await().atMost(PATIENCE).until(() -> members.stream().allMatch(member -> tallies.orZero(member) == 1_000));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(eventsInTransactions() - eventsBefore).isEqualTo(20));
        // one key, one partition, one poll: one transaction (two if the fetch happened to split the records)
        assertThat(transactions() - transactionsBefore).isBetween(1L, 2L);
    }

    @Test
    void a_payment_that_breaks_a_rule_in_a_poll_of_ten_is_dead_lettered_alone_and_the_nine_others_are_made_once() {
        var members = members(10);
        var poisoned = members.get(4);
        var sent = new ArrayList<EventEnvelope<?>>();
        double fallbacksBefore = fallbacks();

        whilePaused(() -> members.forEach(member -> sent.add(broker.send(Topics.ORDER_EVENTS,
                new PaymentRequested(order, member, member.equals(poisoned) ? TallyService.LIMIT + 1 : 1_000)))));

        await().atMost(PATIENCE).until(() -> members.stream().filter(m -> !m.equals(poisoned))
                .allMatch(member -> tallies.orZero(member) == 1_000));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(broker.recordsWithKey(DEAD_LETTERS, order.toString()))
                .singleElement().satisfies(deadLetter -> assertThat(new EventCodec().decode(deadLetter.value())
                        .eventId()).isEqualTo(sent.get(4).eventId())));
        assertThat(tallies.orZero(poisoned)).isZero();
        assertThat(sent).filteredOn(envelope -> tallies.processed(envelope.eventId()) == 1)
                .hasSize(9).doesNotContain(sent.get(4));
        assertThat(fallbacks() - fallbacksBefore).as("the poll's transaction rolled back once").isEqualTo(1);
    }

    @Test
    void polls_that_lock_the_same_rows_in_opposite_orders_queue_and_never_deadlock() {
        var first = "member-" + UUID.randomUUID();
        var second = "member-" + UUID.randomUUID();
        double fallbacksBefore = fallbacks();
        int payments = 0;
        for (int round = 0; round < 3; round++) {
            // many keys over the three partitions, so each consumer's poll holds payments of both members,
            // in either order
            whilePaused(() -> {
                for (int i = 0; i < 30; i++) {
                    var key = UUID.randomUUID();
                    var pair = i % 2 == 0 ? List.of(first, second) : List.of(second, first);
                    pair.forEach(member -> broker.send(Topics.ORDER_EVENTS, new PaymentRequested(key, member, 1)));
                }
            });
            payments += 30;
            int expected = payments;
            await().atMost(PATIENCE).until(() -> tallies.orZero(first) == expected && tallies.orZero(second) == expected);
        }

        assertThat(fallbacks() - fallbacksBefore).as("no poll's transaction was rolled back").isZero();
    }

    private void whilePaused(Runnable sending) {
        var containers = listeners.getListenerContainers();
        containers.forEach(container -> container.pause());
        await().atMost(PATIENCE).until(() -> containers.stream().allMatch(c -> c.isContainerPaused()));
        try {
            sending.run();
        } finally {
            containers.forEach(container -> container.resume());
        }
    }

    private static List<String> members(int count) {
        var members = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            members.add("member-" + UUID.randomUUID());
        }
        return members;
    }

    private long transactions() {
        return meters.get("commerce.consumer.transaction.events").summary().count();
    }

    private double eventsInTransactions() {
        return meters.get("commerce.consumer.transaction.events").summary().totalAmount();
    }

    private double fallbacks() {
        return meters.get("commerce.consumer.poll.fallbacks").counter().count();
    }
}

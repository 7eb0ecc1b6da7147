package io.commerce.balance.integration;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.balance.PaymentRefunded;
import io.commerce.localstack.LocalStackTest;
import io.commerce.localstack.TopicRecorder;
import io.commerce.platform.messaging.IntegrationEventPublisher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox relay against the real database and broker: what commits leaves once, in order; nothing else does. */
@LocalStackTest
class OutboxRelayIntegrationTest {

    private static final int KEYS = 16;
    private static final int STEPS = 25;

    @Autowired
    IntegrationEventPublisher publisher;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void committed_events_leave_once_each_in_the_order_of_their_key_and_rolled_back_ones_never() throws Exception {
        var transactions = new TransactionTemplate(transactionManager);
        var keys = IntStream.range(0, KEYS).mapToObj(i -> UUID.randomUUID()).toList();
        // every fifth transaction rolls back: amounts 5, 10, ... must never appear
        var committed = LongStream.rangeClosed(1, STEPS).filter(step -> step % 5 != 0).boxed().toList();

        try (var events = TopicRecorder.record(Topics.BALANCE_EVENTS);
                var publishers = Executors.newFixedThreadPool(8)) {
            var done = new ArrayList<Future<?>>();
            for (var key : keys) {
                done.add(publishers.submit(() -> {
                    for (long step = 1; step <= STEPS; step++) {
                        long amount = step;
                        transactions.executeWithoutResult(status -> {
                            publisher.publish(new PaymentRefunded(key, "outbox-relay-test", amount));
                            if (amount % 5 == 0) {
                                status.setRollbackOnly();
                            }
                        });
                    }
                }));
            }
            for (var publishing : done) {
                publishing.get(60, SECONDS);
            }

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (var key : keys) {
                    assertThat(amountsFor(events, key)).as("events of %s", key).isEqualTo(committed);
                }
            });
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    jdbc.queryForObject("select count(*) from outbox_event", Integer.class)).as("sent rows deleted").isZero());
        }
    }

    @Test
    void an_event_without_a_transaction_to_belong_to_is_refused() {
        assertThatThrownBy(() -> publisher.publish(new PaymentRefunded(UUID.randomUUID(), "nobody", 1)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private static List<Long> amountsFor(TopicRecorder events, UUID key) {
        return events.payloads(PaymentRefunded.class, e -> e.orderId().equals(key)).stream()
                .map(PaymentRefunded::amount).toList();
    }
}

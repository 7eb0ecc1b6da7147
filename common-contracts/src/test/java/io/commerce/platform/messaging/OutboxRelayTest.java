package io.commerce.platform.messaging;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.commerce.contracts.event.EventEnvelope;
import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.balance.PaymentRefunded;
import io.commerce.platform.testapp.Broker;
import io.commerce.platform.testapp.PlatformTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox and its relay against the real database and broker: what commits leaves once, in order; nothing else does. */
@PlatformTest
class OutboxRelayTest {

    private static final int KEYS = 16;
    private static final int STEPS = 25;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    Broker broker;

    @Autowired
    IntegrationEventPublisher publisher;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ProducerFactory<Object, Object> producers;

    @Test
    void an_event_published_in_a_transaction_leaves_after_the_commit_as_the_envelope_stored_with_it() {
        var order = UUID.randomUUID();
        var stored = new TransactionTemplate(transactionManager).execute(status -> {
            publisher.publish(new PaymentRefunded(order, "member-1", 700));
            return jdbc.queryForMap("select event_id, topic, payload from outbox_event where event_key = ?",
                    order.toString());
        });

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(broker.recordsWithKey(Topics.BALANCE_EVENTS, order.toString())).hasSize(1));
        var record = broker.recordsWithKey(Topics.BALANCE_EVENTS, order.toString()).getFirst();
        EventEnvelope<?> envelope = new EventCodec().decode(record.value());

        assertThat(stored.get("topic")).isEqualTo(Topics.BALANCE_EVENTS);
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo(stored.get("payload"));
        assertThat(envelope.eventId()).isEqualTo(stored.get("event_id"));
        assertThat(envelope.type()).isEqualTo("PaymentRefunded");
        assertThat(envelope.key()).isEqualTo(order.toString());
        assertThat(envelope.payload()).isEqualTo(new PaymentRefunded(order, "member-1", 700));
        await().atMost(PATIENCE).until(() -> pendingFor(order) == 0);
    }

    /**
     * Beside the application's relay, a second one on the same database, as a second replica's would be, which looks
     * at the outbox every millisecond: the two take turns, and no event leaves twice or out of its key's order.
     */
    @Test
    void committed_events_leave_once_each_in_the_order_of_their_key_and_rolled_back_ones_never() throws Exception {
        var replica = new OutboxRelay(dataSource, dataSource::getConnection, producers,
                new MessagingProperties.Relay(50, Duration.ZERO, Duration.ofMillis(1), null, null, null),
                new SimpleMeterRegistry());
        replica.start();
        try {
            publishAndAwaitEveryKeyInOrder();
        } finally {
            replica.stop();
        }
    }

    private void publishAndAwaitEveryKeyInOrder() throws Exception {
        var transactions = new TransactionTemplate(transactionManager);
        var keys = IntStream.range(0, KEYS).mapToObj(i -> UUID.randomUUID()).toList();
        // every fifth transaction rolls back: amounts 5, 10, ... must never appear
        var committed = LongStream.rangeClosed(1, STEPS).filter(step -> step % 5 != 0).boxed().toList();

        try (var publishers = Executors.newFixedThreadPool(8)) {
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
        }

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            var amounts = amountsByKey();
            for (var key : keys) {
                assertThat(amounts.getOrDefault(key, List.of())).as("events of %s", key).isEqualTo(committed);
            }
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                jdbc.queryForObject("select count(*) from outbox_event", Integer.class)).as("sent rows deleted").isZero());
    }

    @Test
    void an_event_without_a_transaction_to_belong_to_is_refused_and_nothing_is_stored() {
        var order = UUID.randomUUID();

        assertThatThrownBy(() -> publisher.publish(new PaymentRefunded(order, "nobody", 1)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(pendingFor(order)).isZero();
    }

    /** Each key's refund amounts in the order they are on the topic (one key, one partition). */
    private Map<UUID, List<Long>> amountsByKey() {
        var amounts = new HashMap<UUID, List<Long>>();
        var codec = new EventCodec();
        for (var record : broker.records(Topics.BALANCE_EVENTS)) {
            if (codec.decode(record.value()).payload() instanceof PaymentRefunded refund) {
                amounts.computeIfAbsent(refund.orderId(), k -> new ArrayList<>()).add(refund.amount());
            }
        }
        return amounts;
    }

    private int pendingFor(UUID key) {
        return jdbc.queryForObject("select count(*) from outbox_event where event_key = ?", Integer.class,
                key.toString());
    }
}

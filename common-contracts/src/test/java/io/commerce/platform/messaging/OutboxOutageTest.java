package io.commerce.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.balance.PaymentRefunded;
import io.commerce.localstack.DevTokens;
import io.commerce.localstack.EmbeddedKafkaServer;
import io.commerce.localstack.EmbeddedPostgresServer;
import io.commerce.localstack.LocalStack;
import io.commerce.platform.testapp.Broker;
import io.commerce.platform.testapp.PlatformTestApplication;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The broker goes down with an event in the outbox: the relay's batch fails and rolls back, again after each
 * back-off while the broker stays down, and the event leaves once the broker is back. The broker is one of this
 * test's own (the shared one serves every other test), and so is the database, so that no other relay sends
 * this outbox to the shared broker.
 */
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
                "spring.kafka.listener.auto-startup=false",
                // a record the producer gives up on is dropped before the relay sends the batch again; with the
                // defaults (delivery 120 s, relay 30 s) every failed attempt would leave a copy waiting to be sent
                "spring.kafka.producer.properties.request.timeout.ms=1000",
                "spring.kafka.producer.properties.delivery.timeout.ms=2000",
                "spring.kafka.producer.properties.max.block.ms=2000",
                "commerce.events.relay.send-timeout=5s",
                "commerce.events.relay.max-backoff=1s"})
@DirtiesContext
class OutboxOutageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    // the broker lives until the JVM ends, like the shared one: the context still talks to it while it closes
    private static final EmbeddedKafkaServer kafka = EmbeddedKafkaServer.start();
    private static final Broker broker = new Broker(kafka.bootstrapServers());

    @Autowired
    IntegrationEventPublisher publisher;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        var postgres = EmbeddedPostgresServer.shared();
        LocalStack.propertiesFor("platform-test", postgres, kafka, DevTokens.shared()).forEach(
                (name, value) -> registry.add(name, () -> value));
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl("platform_outage"));
    }

    @AfterAll
    static void disconnect() {
        broker.close();
    }

    @Test
    void an_event_committed_while_the_broker_is_down_is_sent_again_after_each_back_off_and_leaves_when_it_is_back() {
        var before = UUID.randomUUID();
        publish(before);
        await().atMost(PATIENCE).until(() -> broker.recordsWithKey(Topics.BALANCE_EVENTS, before.toString()).size() == 1);
        double failuresBefore = failures();

        var during = UUID.randomUUID();
        kafka.stopBroker();
        String stored;
        try {
            stored = publish(during);
            // two failed batches: the relay keeps trying while the broker is away, and each failure rolls back
            await().atMost(PATIENCE).until(() -> failures() >= failuresBefore + 2);
            assertThat(pendingFor(during)).as("still in the outbox").isEqualTo(1);
        } finally {
            kafka.startBroker();
        }

        await().atMost(PATIENCE).until(() -> pendingFor(during) == 0);
        var copies = broker.recordsWithKey(Topics.BALANCE_EVENTS, during.toString());
        // at least once; if an acknowledgement was lost as the broker came back, a second copy is the same event
        assertThat(copies).isNotEmpty().allSatisfy(record ->
                assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo(stored));
        // and once acknowledged it is not sent again: an event committed after it passes, and no copy follows
        var after = UUID.randomUUID();
        publish(after);
        await().atMost(PATIENCE).until(() -> broker.recordsWithKey(Topics.BALANCE_EVENTS, after.toString()).size() == 1);
        assertThat(broker.recordsWithKey(Topics.BALANCE_EVENTS, during.toString())).hasSameSizeAs(copies);
        assertThat(pendingFor(after)).isZero();
    }

    /** Publishes a refund for {@code order} in a transaction of its own; returns the envelope as stored. */
    private String publish(UUID order) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            publisher.publish(new PaymentRefunded(order, "outage-test", 100));
            return jdbc.queryForObject("select payload from outbox_event where event_key = ?", String.class,
                    order.toString());
        });
    }

    private int pendingFor(UUID order) {
        return jdbc.queryForObject("select count(*) from outbox_event where event_key = ?", Integer.class,
                order.toString());
    }

    private double failures() {
        return meters.get("commerce.outbox.failures").counter().count();
    }
}

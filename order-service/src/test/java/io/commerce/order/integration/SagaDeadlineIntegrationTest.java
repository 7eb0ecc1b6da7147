package io.commerce.order.integration;

import static io.commerce.order.integration.SagaHarness.PATIENCE;
import static io.commerce.order.integration.SagaHarness.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commerce.contracts.event.balance.PaymentCompleted;
import io.commerce.contracts.event.order.OrderCompleted;
import io.commerce.contracts.event.order.OrderFailed;
import io.commerce.contracts.event.order.OrderFailureReason;
import io.commerce.contracts.event.order.PaymentRequested;
import io.commerce.contracts.event.product.PricedLine;
import io.commerce.contracts.event.product.StockReserved;
import io.commerce.localstack.LocalStackTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * An order nobody finishes fails with TIMEOUT, once; a payment that lands afterwards completes nothing. In a
 * database and consumer group of its own: in the shared ones, another context's sweeper could expire these orders
 * first (counting them in its own metrics), and this one's would expire the other tests' forgotten orders.
 */
@LocalStackTest
@TestPropertySource(properties = {"order.saga.deadline=3s", "order.admission.max-backlog-age=2900ms",
        "order.saga.sweep-every=200ms",
        "local-stack.database=orders_deadline", "spring.kafka.consumer.group-id=order-service-deadline"})
class SagaDeadlineIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    private SagaHarness saga;

    @BeforeEach
    void setUp() {
        saga = new SagaHarness(port, jdbc);
    }

    @AfterEach
    void tearDown() {
        saga.close();
    }

    @Test
    void pending_orders_past_their_deadline_fail_with_timeout_once_and_a_late_payment_does_not_complete_them() {
        var timeoutsBefore = timeouts();
        var failedSagasBefore = failedSagas();
        var member = aMember();
        var awaitingPayment = saga.place(member, "{\"lines\":[{\"productId\":31,\"quantity\":1}]}");
        var untouched = saga.place(member, "{\"lines\":[{\"productId\":32,\"quantity\":1}]}");
        // the payment is requested (or, on a very slow machine, the deadline wins first: the outcome is the same)
        saga.send(new StockReserved(awaitingPayment, List.of(new PricedLine(31, 1, 2_000)), 2_000));

        saga.awaitStatus(member, awaitingPayment, "FAILED");
        saga.awaitStatus(member, untouched, "FAILED");
        // counted once each commits: by the time the API shows FAILED, the count may be a moment behind
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(timeouts() - timeoutsBefore).isEqualTo(2));
        saga.send(new PaymentCompleted(awaitingPayment, member, 2_000));
        saga.settle(awaitingPayment);
        saga.settle(untouched);

        for (var order : List.of(awaitingPayment, untouched)) {
            var view = saga.order(member, order);
            assertThat(view.get("status").asString()).isEqualTo("FAILED");
            assertThat(view.get("reason").asString()).isEqualTo("TIMEOUT");
            assertThat(Instant.parse(view.get("failedAt").asString())).isAfterOrEqualTo(deadlineOf(order));
            assertThat(saga.payloads(OrderFailed.class, order))
                    .containsExactly(new OrderFailed(order, member, OrderFailureReason.TIMEOUT));
            assertThat(saga.payloads(OrderCompleted.class, order)).isEmpty();
        }
        assertThat(saga.payloads(PaymentRequested.class, awaitingPayment)).hasSizeLessThanOrEqualTo(1);
        assertThat(saga.payloads(PaymentRequested.class, untouched)).isEmpty();
        // many sweeps later, still exactly the two orders that timed out: none is expired twice
        assertThat(timeouts() - timeoutsBefore).isEqualTo(2);
        assertThat(failedSagas() - failedSagasBefore).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from orders where failure_reason = 'TIMEOUT'", Long.class))
                .isEqualTo(2);
    }

    private double timeouts() {
        var counter = meters.find("commerce.orders.failed").tag("reason", "TIMEOUT").counter();
        return counter == null ? 0 : counter.count();
    }

    private long failedSagas() {
        var timer = meters.find("commerce.orders.saga.duration").tag("outcome", "FAILED").timer();
        return timer == null ? 0 : timer.count();
    }

    private Instant deadlineOf(UUID order) {
        return jdbc.queryForObject("select deadline_at from orders where id = ?", java.sql.Timestamp.class, order)
                .toInstant();
    }
}

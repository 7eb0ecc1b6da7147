package io.commerce.order.integration;

import static io.commerce.order.integration.SagaHarness.aMember;
import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.contracts.event.balance.PaymentCompleted;
import io.commerce.contracts.event.order.OrderCompleted;
import io.commerce.contracts.event.order.OrderFailed;
import io.commerce.contracts.event.order.PaymentRequested;
import io.commerce.contracts.event.product.PricedLine;
import io.commerce.contracts.event.product.StockReserved;
import io.commerce.localstack.LocalStackTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** An order nobody finishes fails with TIMEOUT, once; a payment that lands afterwards completes nothing. */
@LocalStackTest
@TestPropertySource(properties = {"order.saga.deadline=3s", "order.saga.sweep-every=200ms"})
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
    void a_pending_order_past_its_deadline_fails_with_timeout_and_a_late_payment_does_not_complete_it() {
        var member = aMember();
        var order = saga.place(member, "{\"lines\":[{\"productId\":31,\"quantity\":1}]}");
        // the payment is requested (or, on a very slow machine, the deadline wins first: the outcome is the same)
        saga.send(new StockReserved(order, List.of(new PricedLine(31, 1, 2_000)), 2_000));

        saga.awaitStatus(member, order, "FAILED");
        saga.send(new PaymentCompleted(order, member, 2_000));
        saga.settle(order);

        var view = saga.order(member, order);
        assertThat(view.get("status").asString()).isEqualTo("FAILED");
        assertThat(view.get("reason").asString()).isEqualTo("TIMEOUT");
        assertThat(saga.payloads(OrderFailed.class, order)).containsExactly(new OrderFailed(order, member, "TIMEOUT"));
        assertThat(saga.payloads(OrderCompleted.class, order)).isEmpty();
        assertThat(saga.payloads(PaymentRequested.class, order)).hasSizeLessThanOrEqualTo(1);
        assertThat(meters.find("commerce.orders.failed").tag("reason", "TIMEOUT").counter()).isNotNull();
        assertThat(meters.find("commerce.orders.saga.duration").tag("outcome", "FAILED").timer()).isNotNull();
    }
}

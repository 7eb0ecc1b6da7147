package io.commerce.order.integration;

import static io.commerce.order.integration.SagaHarness.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commerce.contracts.event.balance.PaymentCompleted;
import io.commerce.contracts.event.coupon.AppliedDiscount;
import io.commerce.contracts.event.coupon.CouponApplied;
import io.commerce.contracts.event.order.OrderCompleted;
import io.commerce.contracts.event.order.PaymentRequested;
import io.commerce.contracts.event.product.PricedLine;
import io.commerce.contracts.event.product.StockReserved;
import io.commerce.localstack.LocalStackTest;
import io.commerce.order.application.port.in.PlaceOrderUseCase;
import io.commerce.order.application.port.in.PlaceOrderUseCase.PlaceOrderCommand;
import io.commerce.order.domain.OrderLine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Many requests and replies at once, exact totals afterwards. */
@LocalStackTest
class OrderConcurrencyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlaceOrderUseCase placeOrder;

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
    void fifty_concurrent_posts_with_one_idempotency_key_place_one_order() throws Exception {
        var member = aMember();
        var body = "{\"lines\":[{\"productId\":3,\"quantity\":2}]}";

        var responses = runConcurrently(50, i -> saga.post(member, "/api/v1/orders", body, "double-click"));

        var ids = new HashSet<String>();
        var statuses = new ArrayList<Integer>();
        for (var response : responses) {
            statuses.add(response.getStatusCode().value());
            ids.add(response.getBody().get("id").asString());
        }
        assertThat(ids).hasSize(1);
        assertThat(statuses).containsOnly(200, 202).filteredOn(s -> s == 202).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from orders where member_id = ?", Long.class, member)).isEqualTo(1);
    }

    @Test
    void stock_and_coupon_replies_arriving_together_request_payment_exactly_once_per_order() throws Exception {
        var member = aMember();
        var orders = new ArrayList<UUID>();
        for (int i = 0; i < 30; i++) {
            orders.add(placeOrder.place(new PlaceOrderCommand(member, List.of(OrderLine.of(21, 1), OrderLine.of(22, 2)),
                    (long) (1_000 + i), null)).order().id());
        }
        var priced = List.of(new PricedLine(21, 1, 4_000), new PricedLine(22, 2, 3_000));

        runConcurrently(2 * orders.size(), i -> {
            var order = orders.get(i / 2);
            return i % 2 == 0
                    ? saga.send(new StockReserved(order, priced, 10_000))
                    : saga.send(new CouponApplied(order, 1_000 + i / 2,
                            new AppliedDiscount(AppliedDiscount.Kind.FIXED, 2_500, null)));
        });

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(orders).allSatisfy(order ->
                        assertThat(saga.payloads(PaymentRequested.class, order)).isNotEmpty()));
        for (var order : orders) {
            saga.send(new PaymentCompleted(order, member, 7_500));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from orders where member_id = ? and status = 'COMPLETED'", Long.class, member))
                .isEqualTo(orders.size()));
        for (var order : orders) {
            saga.settle(order);
        }

        assertThat(orders).allSatisfy(order -> {
            assertThat(saga.payloads(PaymentRequested.class, order)).containsExactly(new PaymentRequested(order, member, 7_500));
            assertThat(saga.payloads(OrderCompleted.class, order)).hasSize(1);
        });
    }

    private static <T> List<T> runConcurrently(int threads, IntTask<T> task) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(threads)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                futures.add(pool.submit((Callable<T>) () -> {
                    start.await();
                    return task.run(n);
                }));
            }
            start.countDown();
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    @FunctionalInterface
    private interface IntTask<T> {
        T run(int i) throws Exception;
    }
}

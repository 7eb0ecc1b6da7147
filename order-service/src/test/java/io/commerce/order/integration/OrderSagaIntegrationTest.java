package io.commerce.order.integration;

import static io.commerce.order.integration.SagaHarness.PATIENCE;
import static io.commerce.order.integration.SagaHarness.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commerce.contracts.event.EventEnvelope;
import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.balance.PaymentCompleted;
import io.commerce.contracts.event.balance.PaymentRejected;
import io.commerce.contracts.event.balance.PaymentRejectionReason;
import io.commerce.contracts.event.coupon.AppliedDiscount;
import io.commerce.contracts.event.coupon.CouponApplied;
import io.commerce.contracts.event.coupon.CouponRejected;
import io.commerce.contracts.event.coupon.CouponRejectionReason;
import io.commerce.contracts.event.order.OrderCompleted;
import io.commerce.contracts.event.order.OrderFailed;
import io.commerce.contracts.event.order.OrderFailureReason;
import io.commerce.contracts.event.order.OrderPlaced;
import io.commerce.contracts.event.order.PaymentRequested;
import io.commerce.contracts.event.product.PricedLine;
import io.commerce.contracts.event.product.StockRejected;
import io.commerce.contracts.event.product.StockRejectionReason;
import io.commerce.contracts.event.product.StockReserved;
import io.commerce.localstack.LocalStackTest;
import io.commerce.localstack.TopicRecorder;
import io.commerce.platform.messaging.EventCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The order's side of the saga, with the other services played through the real broker. */
@LocalStackTest
class OrderSagaIntegrationTest {

    private static final String TWO_LINES = "{\"lines\":[{\"productId\":11,\"quantity\":2},{\"productId\":12,\"quantity\":1}]}";
    private static final String TWO_LINES_WITH_COUPON =
            "{\"lines\":[{\"productId\":11,\"quantity\":2},{\"productId\":12,\"quantity\":1}],\"couponId\":77}";
    private static final List<PricedLine> PRICED = List.of(new PricedLine(11, 2, 1_000), new PricedLine(12, 1, 3_000));
    private static final long SUBTOTAL = 5_000;

    private static TopicRecorder productDeadLetters;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private SagaHarness saga;
    private String member;

    @BeforeAll
    static void recordDeadLetters() {
        productDeadLetters = TopicRecorder.record(Topics.deadLetterOf(Topics.PRODUCT_EVENTS));
    }

    @AfterAll
    static void stopRecording() {
        productDeadLetters.close();
    }

    @BeforeEach
    void setUp() {
        saga = new SagaHarness(port, jdbc);
        member = aMember();
    }

    @org.junit.jupiter.api.AfterEach
    void tearDown() {
        saga.close();
    }

    @Test
    void without_a_coupon_reserved_stock_requests_the_subtotal_and_payment_completes_the_order() {
        var order = saga.place(member, TWO_LINES);
        assertThat(saga.payloads(OrderPlaced.class, order)).singleElement().satisfies(placed -> {
            assertThat(placed.userId()).isEqualTo(member);
            assertThat(placed.couponId()).isNull();
            assertThat(placed.lines()).hasSize(2);
        });

        saga.send(new StockReserved(order, PRICED, SUBTOTAL));
        await().atMost(PATIENCE).until(() -> !saga.payloads(PaymentRequested.class, order).isEmpty());
        assertThat(saga.payloads(PaymentRequested.class, order)).containsExactly(new PaymentRequested(order, member, SUBTOTAL));

        saga.send(new PaymentCompleted(order, member, SUBTOTAL));
        saga.awaitStatus(member, order, "COMPLETED");
        saga.settle(order);

        assertThat(saga.payloads(OrderCompleted.class, order)).singleElement().satisfies(completed -> {
            assertThat(completed.lines()).containsExactlyElementsOf(PRICED);
            assertThat(completed.subtotal()).isEqualTo(SUBTOTAL);
            assertThat(completed.discount()).isZero();
            assertThat(completed.paidAmount()).isEqualTo(SUBTOTAL);
        });
        assertThat(saga.payloads(PaymentRequested.class, order)).hasSize(1);
        assertThat(saga.payloads(OrderFailed.class, order)).isEmpty();
        var view = saga.order(member, order);
        assertThat(view.get("lines").get(0).get("unitPrice").asLong()).isEqualTo(1_000);
        assertThat(view.get("paidAmount").asLong()).isEqualTo(SUBTOTAL);
        assertThat(view.get("completedAt").isNull()).isFalse();
    }

    @Test
    void with_a_coupon_applied_first_then_stock_the_payment_is_the_subtotal_minus_the_discount() {
        var order = saga.place(member, TWO_LINES_WITH_COUPON);

        saga.send(new CouponApplied(order, 77, new AppliedDiscount(AppliedDiscount.Kind.PERCENTAGE, 10, null)));
        saga.send(new StockReserved(order, PRICED, SUBTOTAL));
        completeAndSettle(order, 4_500);

        assertThat(saga.payloads(PaymentRequested.class, order)).containsExactly(new PaymentRequested(order, member, 4_500));
        assertThat(saga.payloads(OrderCompleted.class, order)).singleElement().satisfies(completed -> {
            assertThat(completed.discount()).isEqualTo(500);
            assertThat(completed.paidAmount()).isEqualTo(4_500);
        });
    }

    @Test
    void with_stock_reserved_first_then_the_coupon_the_payment_is_the_same() {
        var order = saga.place(member, TWO_LINES_WITH_COUPON);

        saga.send(new StockReserved(order, PRICED, SUBTOTAL));
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(jdbc.queryForObject("select stock_reserved from orders where id = ?", Boolean.class, order)).isTrue());
        assertThat(saga.payloads(PaymentRequested.class, order)).isEmpty();
        saga.send(new CouponApplied(order, 77, new AppliedDiscount(AppliedDiscount.Kind.FIXED, 2_000, null)));
        completeAndSettle(order, 3_000);

        assertThat(saga.payloads(PaymentRequested.class, order)).containsExactly(new PaymentRequested(order, member, 3_000));
    }

    @Test
    void a_coupon_worth_more_than_the_order_makes_it_free_not_negative() {
        var order = saga.place(member, TWO_LINES_WITH_COUPON);

        saga.send(new StockReserved(order, PRICED, SUBTOTAL));
        saga.send(new CouponApplied(order, 77, new AppliedDiscount(AppliedDiscount.Kind.FIXED, 50_000, null)));
        completeAndSettle(order, 0);

        assertThat(saga.payloads(PaymentRequested.class, order)).containsExactly(new PaymentRequested(order, member, 0));
    }

    @Test
    void out_of_stock_fails_the_order_once_and_later_replies_change_nothing() {
        var order = saga.place(member, TWO_LINES_WITH_COUPON);

        saga.send(new StockRejected(order, StockRejectionReason.OUT_OF_STOCK, 12L));
        saga.awaitStatus(member, order, "FAILED");
        saga.send(new CouponApplied(order, 77, new AppliedDiscount(AppliedDiscount.Kind.FIXED, 100, null)));
        saga.send(new StockReserved(order, PRICED, SUBTOTAL));
        saga.settle(order);

        assertThat(saga.payloads(OrderFailed.class, order))
                .containsExactly(new OrderFailed(order, member, OrderFailureReason.OUT_OF_STOCK));
        assertThat(saga.payloads(PaymentRequested.class, order)).isEmpty();
        var view = saga.order(member, order);
        assertThat(view.get("reason").asString()).isEqualTo("OUT_OF_STOCK");
        assertThat(view.get("reasonDetail").asString()).isEqualTo("productId=12");
    }

    @Test
    void an_unknown_product_fails_the_order_with_product_not_found() {
        var order = saga.place(member, TWO_LINES);

        saga.send(new StockRejected(order, StockRejectionReason.PRODUCT_NOT_FOUND, 11L));
        saga.awaitStatus(member, order, "FAILED");
        saga.settle(order);

        assertThat(saga.payloads(OrderFailed.class, order))
                .containsExactly(new OrderFailed(order, member, OrderFailureReason.PRODUCT_NOT_FOUND));
    }

    @Test
    void a_stock_reason_this_build_does_not_know_fails_the_order_as_out_of_stock_and_says_so() {
        var order = saga.place(member, TWO_LINES);
        var envelope = EventEnvelope.of(new StockRejected(order, StockRejectionReason.OUT_OF_STOCK, 11L),
                UUID.randomUUID(), Instant.now());
        // as a newer product-service would send it
        var json = new String(new EventCodec().encode(envelope), StandardCharsets.UTF_8)
                .replace("\"OUT_OF_STOCK\"", "\"WAREHOUSE_CLOSED\"");
        assertThat(json).contains("WAREHOUSE_CLOSED");

        saga.sender.sendRaw(envelope.topic(), envelope.key(), json.getBytes(StandardCharsets.UTF_8));
        saga.awaitStatus(member, order, "FAILED");
        saga.settle(order);

        assertThat(saga.payloads(OrderFailed.class, order))
                .containsExactly(new OrderFailed(order, member, OrderFailureReason.OUT_OF_STOCK));
        var view = saga.order(member, order);
        assertThat(view.get("reason").asString()).isEqualTo("OUT_OF_STOCK");
        assertThat(view.get("reasonDetail").asString()).isEqualTo("UNRECOGNIZED productId=11");
        assertThat(productDeadLetters.recordsWithKey(order.toString())).isEmpty();
    }

    @Test
    void a_rejected_coupon_fails_the_order_with_the_coupons_reason() {
        var order = saga.place(member, TWO_LINES_WITH_COUPON);

        saga.send(new StockReserved(order, PRICED, SUBTOTAL));
        saga.send(new CouponRejected(order, 77, CouponRejectionReason.COUPON_EXPIRED));
        saga.awaitStatus(member, order, "FAILED");
        saga.settle(order);

        assertThat(saga.payloads(OrderFailed.class, order))
                .containsExactly(new OrderFailed(order, member, OrderFailureReason.COUPON_REJECTED));
        assertThat(saga.payloads(PaymentRequested.class, order)).isEmpty();
        assertThat(saga.order(member, order).get("reasonDetail").asString()).isEqualTo("COUPON_EXPIRED");
    }

    @Test
    void a_coupon_rejected_before_the_stock_is_reserved_fails_the_order_and_the_late_reservation_changes_nothing() {
        var order = saga.place(member, TWO_LINES_WITH_COUPON);

        saga.send(new CouponRejected(order, 77, CouponRejectionReason.COUPON_ALREADY_USED));
        saga.awaitStatus(member, order, "FAILED");
        saga.send(new StockReserved(order, PRICED, SUBTOTAL));
        saga.settle(order);

        assertThat(saga.payloads(OrderFailed.class, order))
                .containsExactly(new OrderFailed(order, member, OrderFailureReason.COUPON_REJECTED));
        assertThat(saga.order(member, order).get("reasonDetail").asString()).isEqualTo("COUPON_ALREADY_USED");
    }

    @Test
    void a_rejected_payment_fails_the_order_and_a_late_completion_does_not_complete_it() {
        var order = saga.place(member, TWO_LINES);

        saga.send(new StockReserved(order, PRICED, SUBTOTAL));
        await().atMost(PATIENCE).until(() -> !saga.payloads(PaymentRequested.class, order).isEmpty());
        saga.send(new PaymentRejected(order, member, SUBTOTAL, PaymentRejectionReason.INSUFFICIENT_BALANCE));
        saga.awaitStatus(member, order, "FAILED");
        saga.send(new PaymentCompleted(order, member, SUBTOTAL));
        saga.settle(order);

        assertThat(saga.payloads(OrderFailed.class, order))
                .containsExactly(new OrderFailed(order, member, OrderFailureReason.INSUFFICIENT_BALANCE));
        assertThat(saga.payloads(OrderCompleted.class, order)).isEmpty();
        assertThat(saga.order(member, order).get("status").asString()).isEqualTo("FAILED");
    }

    @Test
    void every_reply_delivered_again_or_sent_twice_changes_nothing() {
        var order = saga.place(member, TWO_LINES_WITH_COUPON);
        var coupon = new CouponApplied(order, 77, new AppliedDiscount(AppliedDiscount.Kind.FIXED, 1_000, null));

        var stockEnvelope = saga.send(new StockReserved(order, PRICED, SUBTOTAL));
        var couponEnvelope = saga.send(coupon);
        saga.sender.send(stockEnvelope);
        saga.sender.send(couponEnvelope);
        saga.send(new StockReserved(order, PRICED, SUBTOTAL));
        saga.send(coupon);
        await().atMost(PATIENCE).until(() -> !saga.payloads(PaymentRequested.class, order).isEmpty());
        var paid = saga.send(new PaymentCompleted(order, member, 4_000));
        saga.sender.send(paid);
        saga.send(new PaymentCompleted(order, member, 4_000));
        saga.awaitStatus(member, order, "COMPLETED");
        saga.sender.send(stockEnvelope);
        saga.settle(order);

        assertThat(saga.payloads(PaymentRequested.class, order)).containsExactly(new PaymentRequested(order, member, 4_000));
        assertThat(saga.payloads(OrderCompleted.class, order)).hasSize(1);
        assertThat(saga.payloads(OrderFailed.class, order)).isEmpty();
    }

    @Test
    void a_completed_order_is_cancelled_within_the_window_and_compensated_once() {
        var order = saga.place(member, TWO_LINES);
        saga.send(new StockReserved(order, PRICED, SUBTOTAL));
        completeAndSettle(order, SUBTOTAL);

        var cancelled = saga.post(member, "/api/v1/orders/" + order + "/cancel", null, null);
        var again = saga.post(member, "/api/v1/orders/" + order + "/cancel", null, null);
        var intruder = saga.post(aMember(), "/api/v1/orders/" + order + "/cancel", null, null);
        saga.settle(order);

        assertThat(cancelled.getStatusCode().value()).isEqualTo(200);
        assertThat(cancelled.getBody().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody().get("code").asString()).isEqualTo("ORDER_NOT_CANCELLABLE");
        assertThat(intruder.getStatusCode().value()).isEqualTo(404);
        assertThat(intruder.getBody().get("code").asString()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(saga.payloads(OrderFailed.class, order))
                .containsExactly(new OrderFailed(order, member, OrderFailureReason.CANCELLED));
        assertThat(saga.order(member, order).get("cancelledAt").isNull()).isFalse();
    }

    @Test
    void a_pending_order_cannot_be_cancelled() {
        var order = saga.place(member, TWO_LINES);

        var response = saga.post(member, "/api/v1/orders/" + order + "/cancel", null, null);

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody().get("code").asString()).isEqualTo("ORDER_NOT_CANCELLABLE");
        assertThat(saga.order(member, order).get("status").asString()).isEqualTo("PENDING");
    }

    @Test
    void malformed_records_and_broken_contracts_go_to_the_dead_letter_topic_and_change_nothing() {
        var order = saga.place(member, TWO_LINES);
        var key = order.toString();

        saga.sender.sendRaw(Topics.PRODUCT_EVENTS, key, "not even json".getBytes(StandardCharsets.UTF_8));
        saga.sender.sendRaw(Topics.PRODUCT_EVENTS, key, "{\"nonsense\":true}".getBytes(StandardCharsets.UTF_8));
        // well-formed, but the subtotal is not the sum of the lines: no retry can fix that
        saga.send(new StockReserved(order, PRICED, SUBTOTAL + 1));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(productDeadLetters.recordsWithKey(key)).hasSize(3));
        assertThat(new String(productDeadLetters.recordsWithKey(key).getFirst().value(), StandardCharsets.UTF_8))
                .isEqualTo("not even json");
        assertThat(saga.order(member, order).get("status").asString()).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select stock_reserved from orders where id = ?", Boolean.class, order)).isFalse();
        assertThat(saga.payloads(PaymentRequested.class, order)).isEmpty();
    }

    private void completeAndSettle(UUID order, long amount) {
        await().atMost(PATIENCE).until(() -> !saga.payloads(PaymentRequested.class, order).isEmpty());
        saga.send(new PaymentCompleted(order, member, amount));
        saga.awaitStatus(member, order, "COMPLETED");
        saga.settle(order);
    }
}

package io.commerce.order.application;

import io.commerce.localstack.MutableClock;
import static io.commerce.order.domain.OrderFixtures.NOW;
import static io.commerce.order.domain.OrderFixtures.SUBTOTAL;
import static io.commerce.order.domain.OrderFixtures.anOrder;
import static io.commerce.order.domain.OrderFixtures.anOrderWithCoupon;
import static io.commerce.order.domain.OrderFixtures.pricedLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerce.order.application.port.in.RecordSagaReplyUseCase.SagaReply;
import io.commerce.order.domain.Discount;
import io.commerce.order.domain.FailureReason;
import io.commerce.order.domain.OrderStatus;
import java.time.Duration;
import java.util.UUID;
import io.commerce.localstack.Transactional;
import io.commerce.order.application.port.out.OrderRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

@OrderApplicationTest
class OrderSagaServiceTest {

    private final RecordingOrderEvents events = new RecordingOrderEvents();
    private final CountingOrderMetrics metrics = new CountingOrderMetrics();
    private final MutableClock clock = new MutableClock(NOW);
    private OrderSagaService saga;
    private OrderRows orders;

    @BeforeEach
    void onTheRealDatabase(@Autowired OrderRepository repository, @Autowired JdbcTemplate jdbc,
            @Autowired PlatformTransactionManager transactions) {
        orders = new OrderRows(repository, jdbc, transactions);
        saga = Transactional.around(new OrderSagaService(repository, events, metrics, clock), transactions);
    }

    @Test
    void the_happy_path_without_coupon_requests_payment_then_completes() {
        var order = anOrder();
        orders.holding(order);

        saga.record(new SagaReply.StockReserved(order.id(), pricedLines(), SUBTOTAL));
        clock.advance(Duration.ofSeconds(3));
        saga.record(new SagaReply.PaymentCompleted(order.id(), SUBTOTAL));

        assertThat(events.published).containsExactly(
                "payment requested " + order.id() + " 5000", "completed " + order.id() + " 5000");
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(metrics.recorded).containsExactly("completed 3s");
    }

    @Test
    void with_a_coupon_payment_is_requested_once_whichever_reply_comes_first() {
        var couponFirst = anOrderWithCoupon(7);
        var stockFirst = anOrderWithCoupon(7);
        orders.holding(couponFirst).holding(stockFirst);

        saga.record(new SagaReply.CouponApplied(couponFirst.id(), 7, new Discount.Fixed(1_500)));
        saga.record(new SagaReply.StockReserved(couponFirst.id(), pricedLines(), SUBTOTAL));
        saga.record(new SagaReply.StockReserved(stockFirst.id(), pricedLines(), SUBTOTAL));
        saga.record(new SagaReply.CouponApplied(stockFirst.id(), 7, new Discount.Fixed(1_500)));

        assertThat(events.about(couponFirst.id())).containsExactly("payment requested " + couponFirst.id() + " 3500");
        assertThat(events.about(stockFirst.id())).containsExactly("payment requested " + stockFirst.id() + " 3500");
    }

    @Test
    void duplicate_replies_publish_nothing_more() {
        var order = anOrderWithCoupon(7);
        orders.holding(order);
        var stock = new SagaReply.StockReserved(order.id(), pricedLines(), SUBTOTAL);
        var coupon = new SagaReply.CouponApplied(order.id(), 7, new Discount.Fixed(1_000));
        var paid = new SagaReply.PaymentCompleted(order.id(), 4_000);

        for (int i = 0; i < 3; i++) {
            saga.record(stock);
            saga.record(coupon);
        }
        saga.record(paid);
        saga.record(paid);

        assertThat(events.published).containsExactly(
                "payment requested " + order.id() + " 4000", "completed " + order.id() + " 4000");
    }

    @Test
    void each_rejection_fails_the_order_and_announces_it_once() {
        var outOfStock = anOrder();
        var badCoupon = anOrderWithCoupon(7);
        var broke = anOrder();
        orders.holding(outOfStock).holding(badCoupon).holding(broke);
        saga.record(new SagaReply.StockReserved(broke.id(), pricedLines(), SUBTOTAL));

        saga.record(new SagaReply.StockRejected(outOfStock.id(), "OUT_OF_STOCK", 1L));
        saga.record(new SagaReply.CouponRejected(badCoupon.id(), 7, "COUPON_ALREADY_USED"));
        saga.record(new SagaReply.PaymentRejected(broke.id(), "INSUFFICIENT_BALANCE"));
        // and the replies that arrive afterwards
        saga.record(new SagaReply.StockRejected(outOfStock.id(), "OUT_OF_STOCK", 1L));
        saga.record(new SagaReply.StockReserved(badCoupon.id(), pricedLines(), SUBTOTAL));
        saga.record(new SagaReply.PaymentCompleted(broke.id(), SUBTOTAL));

        assertThat(events.about(outOfStock.id())).containsExactly("failed " + outOfStock.id() + " OUT_OF_STOCK");
        assertThat(events.about(badCoupon.id())).containsExactly("failed " + badCoupon.id() + " COUPON_REJECTED");
        assertThat(events.about(broke.id())).containsExactly(
                "payment requested " + broke.id() + " 5000", "failed " + broke.id() + " INSUFFICIENT_BALANCE");
        assertThat(orders.get(badCoupon.id()).failure().detail()).isEqualTo("COUPON_ALREADY_USED");
        assertThat(orders.get(broke.id()).status()).isEqualTo(OrderStatus.FAILED);
        assertThat(metrics.recorded).containsExactlyInAnyOrder(
                "failed OUT_OF_STOCK 0s", "failed COUPON_REJECTED 0s", "failed INSUFFICIENT_BALANCE 0s");
    }

    @Test
    void overdue_orders_time_out_once_and_a_late_payment_completes_nothing() {
        var order = anOrder();
        var fresh = anOrder();
        orders.holding(order);
        saga.record(new SagaReply.StockReserved(order.id(), pricedLines(), SUBTOTAL));
        clock.advance(Duration.ofSeconds(31));
        var later = new io.commerce.order.domain.Order(fresh.id(), "m", fresh.lines(), null, null, clock.instant(),
                clock.instant().plusSeconds(30), OrderStatus.PENDING, fresh.progress(), null, null, null, null, null,
                null, null, null);
        orders.holding(later);

        assertThat(saga.expireOverdue(100)).isEqualTo(1);
        assertThat(saga.expireOverdue(100)).isZero();
        saga.record(new SagaReply.PaymentCompleted(order.id(), SUBTOTAL));

        assertThat(orders.get(order.id()).failure().reason()).isEqualTo(FailureReason.TIMEOUT);
        assertThat(orders.get(later.id()).status()).isEqualTo(OrderStatus.PENDING);
        assertThat(events.about(order.id())).containsExactly(
                "payment requested " + order.id() + " 5000", "failed " + order.id() + " TIMEOUT");
    }

    @Test
    void a_reply_for_an_unknown_order_changes_nothing() {
        saga.record(new SagaReply.StockRejected(UUID.randomUUID(), "OUT_OF_STOCK", 1L));

        assertThat(events.published).isEmpty();
    }

    @Test
    void a_reply_that_breaks_the_contract_is_refused_and_changes_nothing() {
        var order = anOrder();
        orders.holding(order);

        assertThatThrownBy(() -> saga.record(new SagaReply.StockReserved(order.id(), pricedLines(), 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(orders.get(order.id()).progress().stockReserved()).isFalse();
        assertThat(events.published).isEmpty();
    }
}

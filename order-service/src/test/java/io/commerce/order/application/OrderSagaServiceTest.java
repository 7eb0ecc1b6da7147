package io.commerce.order.application;

import static io.commerce.order.domain.OrderBuilder.anOrder;
import static io.commerce.order.domain.OrderFixtures.NOW;
import static io.commerce.order.domain.OrderFixtures.SUBTOTAL;
import static io.commerce.order.domain.OrderFixtures.failureOf;
import static io.commerce.order.domain.OrderFixtures.pricedLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerce.contracts.pricing.Discount;
import io.commerce.localstack.MutableClock;
import io.commerce.localstack.Transactional;
import io.commerce.order.application.port.in.RecordSagaReplyUseCase.SagaReply;
import io.commerce.order.application.port.out.OrderRepository;
import io.commerce.order.domain.Failure;
import io.commerce.order.domain.FailureReason;
import io.commerce.order.domain.OrderState;
import io.commerce.order.domain.OrderStatus;
import java.time.Duration;
import java.util.UUID;
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
        var order = anOrder().build();
        orders.holding(order);

        saga.record(new SagaReply.StockReserved(order.id(), pricedLines(), SUBTOTAL));
        clock.advance(Duration.ofSeconds(3));
        saga.record(new SagaReply.PaymentCompleted(order.id(), SUBTOTAL));

        assertThat(events.published).containsExactly(
                "payment requested " + order.id() + " 5000", "completed " + order.id() + " 5000");
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(orders.get(order.id()).state().completion()).get().satisfies(completed -> {
            assertThat(completed.paidAmount()).isEqualTo(SUBTOTAL);
            assertThat(completed.completedAt()).isEqualTo(NOW.plusSeconds(3));
        });
        assertThat(metrics.recorded).containsExactly("completed 3s");
    }

    @Test
    void with_a_coupon_payment_is_requested_once_whichever_reply_comes_first() {
        var couponFirst = anOrder().withCoupon(7).build();
        var stockFirst = anOrder().withCoupon(7).build();
        orders.holding(couponFirst).holding(stockFirst);

        saga.record(new SagaReply.CouponApplied(couponFirst.id(), 7, Discount.fixed(1_500)));
        saga.record(new SagaReply.StockReserved(couponFirst.id(), pricedLines(), SUBTOTAL));
        saga.record(new SagaReply.StockReserved(stockFirst.id(), pricedLines(), SUBTOTAL));
        saga.record(new SagaReply.CouponApplied(stockFirst.id(), 7, Discount.fixed(1_500)));

        assertThat(events.about(couponFirst.id())).containsExactly("payment requested " + couponFirst.id() + " 3500");
        assertThat(events.about(stockFirst.id())).containsExactly("payment requested " + stockFirst.id() + " 3500");
        assertThat(orders.get(stockFirst.id()).progress().discount()).contains(1_500L);
    }

    @Test
    void duplicate_replies_publish_nothing_more() {
        var order = anOrder().withCoupon(7).build();
        orders.holding(order);
        var stock = new SagaReply.StockReserved(order.id(), pricedLines(), SUBTOTAL);
        var coupon = new SagaReply.CouponApplied(order.id(), 7, Discount.fixed(1_000));
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
        var outOfStock = anOrder().build();
        var badCoupon = anOrder().withCoupon(7).build();
        var broke = anOrder().build();
        orders.holding(outOfStock).holding(badCoupon).holding(broke);
        saga.record(new SagaReply.StockReserved(broke.id(), pricedLines(), SUBTOTAL));

        saga.record(new SagaReply.StockRejected(outOfStock.id(), Failure.outOfStock(1L)));
        saga.record(new SagaReply.CouponRejected(badCoupon.id(), 7, "COUPON_ALREADY_USED"));
        saga.record(new SagaReply.PaymentRejected(broke.id(), Failure.insufficientBalance()));
        // and the replies that arrive afterwards
        saga.record(new SagaReply.StockRejected(outOfStock.id(), Failure.outOfStock(1L)));
        saga.record(new SagaReply.StockReserved(badCoupon.id(), pricedLines(), SUBTOTAL));
        saga.record(new SagaReply.PaymentCompleted(broke.id(), SUBTOTAL));

        assertThat(events.about(outOfStock.id())).containsExactly("failed " + outOfStock.id() + " OUT_OF_STOCK");
        assertThat(events.about(badCoupon.id())).containsExactly("failed " + badCoupon.id() + " COUPON_REJECTED");
        assertThat(events.about(broke.id())).containsExactly(
                "payment requested " + broke.id() + " 5000", "failed " + broke.id() + " INSUFFICIENT_BALANCE");
        assertThat(failureOf(orders.get(outOfStock.id()))).isEqualTo(Failure.outOfStock(1L));
        assertThat(failureOf(orders.get(badCoupon.id())).detail()).isEqualTo("COUPON_ALREADY_USED");
        assertThat(orders.get(broke.id()).status()).isEqualTo(OrderStatus.FAILED);
        assertThat(metrics.recorded).containsExactlyInAnyOrder(
                "failed OUT_OF_STOCK 0s", "failed COUPON_REJECTED 0s", "failed INSUFFICIENT_BALANCE 0s");
    }

    @Test
    void overdue_orders_time_out_once_and_a_late_payment_completes_nothing() {
        var overdue = anOrder().pastDeadline().build();
        var fresh = anOrder().build();
        orders.holding(overdue).holding(fresh);
        saga.record(new SagaReply.StockReserved(overdue.id(), pricedLines(), SUBTOTAL));

        assertThat(saga.expireOverdue(100)).isEqualTo(1);
        assertThat(saga.expireOverdue(100)).isZero();
        saga.record(new SagaReply.PaymentCompleted(overdue.id(), SUBTOTAL));

        assertThat(orders.get(overdue.id()).state()).isInstanceOfSatisfying(OrderState.Failed.class, failed -> {
            assertThat(failed.failure().reason()).isEqualTo(FailureReason.TIMEOUT);
            assertThat(failed.failedAt()).isEqualTo(NOW);
        });
        assertThat(orders.get(fresh.id()).status()).isEqualTo(OrderStatus.PENDING);
        assertThat(events.about(overdue.id())).containsExactly(
                "payment requested " + overdue.id() + " 5000", "failed " + overdue.id() + " TIMEOUT");
        assertThat(events.about(fresh.id())).isEmpty();
        assertThat(metrics.recorded).containsExactly("failed TIMEOUT 31s");
    }

    @Test
    void a_reply_for_an_unknown_order_changes_nothing() {
        saga.record(new SagaReply.StockRejected(UUID.randomUUID(), Failure.outOfStock(1L)));

        assertThat(events.published).isEmpty();
    }

    @Test
    void a_reply_that_breaks_the_contract_is_refused_and_changes_nothing() {
        var order = anOrder().build();
        orders.holding(order);

        assertThatThrownBy(() -> saga.record(new SagaReply.StockReserved(order.id(), pricedLines(), 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(orders.get(order.id()).progress().stockReserved()).isFalse();
        assertThat(events.published).isEmpty();
    }
}

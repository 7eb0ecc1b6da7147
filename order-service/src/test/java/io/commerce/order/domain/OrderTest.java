package io.commerce.order.domain;

import static io.commerce.order.domain.OrderFixtures.NOW;
import static io.commerce.order.domain.OrderFixtures.POLICY;
import static io.commerce.order.domain.OrderFixtures.SUBTOTAL;
import static io.commerce.order.domain.OrderFixtures.anOrder;
import static io.commerce.order.domain.OrderFixtures.anOrderWithCoupon;
import static io.commerce.order.domain.OrderFixtures.pricedLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final Discount THOUSAND_OFF = new Discount.Fixed(1_000);

    @Test
    void a_new_order_is_pending_with_unpriced_lines_and_a_deadline() {
        var order = anOrder();

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.lines()).allSatisfy(l -> assertThat(l.isPriced()).isFalse());
        assertThat(order.deadline()).isEqualTo(NOW.plusSeconds(30));
        assertThat(order.progress().couponRequired()).isFalse();
    }

    @Test
    void without_a_coupon_reserved_stock_is_enough_to_request_payment_of_the_subtotal() {
        var order = anOrder();

        var step = order.stockReserved(pricedLines(), SUBTOTAL);

        assertThat(step).isEqualTo(new SagaStep.PaymentDue(SUBTOTAL));
        assertThat(order.lines()).extracting(OrderLine::unitPrice).containsExactly(1_000L, 3_000L);
        assertThat(order.discount()).isZero();
    }

    @Test
    void with_a_coupon_stock_first_then_coupon_requests_payment_once_both_are_in() {
        var order = anOrderWithCoupon(7);

        assertThat(order.stockReserved(pricedLines(), SUBTOTAL)).isEqualTo(new SagaStep.Waiting("coupon"));
        assertThat(order.couponApplied(7, THOUSAND_OFF)).isEqualTo(new SagaStep.PaymentDue(4_000));
    }

    @Test
    void with_a_coupon_coupon_first_then_stock_requests_the_same_payment() {
        var order = anOrderWithCoupon(7);

        assertThat(order.couponApplied(7, THOUSAND_OFF)).isEqualTo(new SagaStep.Waiting("stock"));
        assertThat(order.stockReserved(pricedLines(), SUBTOTAL)).isEqualTo(new SagaStep.PaymentDue(4_000));
        assertThat(order.discount()).isEqualTo(1_000);
    }

    @Test
    void a_percentage_coupon_is_computed_on_the_reserved_subtotal_and_capped() {
        var order = anOrderWithCoupon(7);
        order.couponApplied(7, new Discount.Percentage(50, 2_000L));

        assertThat(order.stockReserved(pricedLines(), SUBTOTAL)).isEqualTo(new SagaStep.PaymentDue(3_000));
    }

    @Test
    void the_payable_amount_is_never_below_zero() {
        var order = anOrderWithCoupon(7);
        order.couponApplied(7, new Discount.Fixed(1_000_000));

        assertThat(order.stockReserved(pricedLines(), SUBTOTAL)).isEqualTo(new SagaStep.PaymentDue(0));
        assertThat(order.discount()).isEqualTo(SUBTOTAL);
        assertThat(order.payable()).isZero();
    }

    @Test
    void a_duplicate_stock_or_coupon_reply_never_requests_payment_twice() {
        var order = anOrderWithCoupon(7);
        order.stockReserved(pricedLines(), SUBTOTAL);
        order.couponApplied(7, THOUSAND_OFF);

        assertThat(order.stockReserved(pricedLines(), SUBTOTAL)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.couponApplied(7, THOUSAND_OFF)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.progress().paymentRequested()).isTrue();
    }

    @Test
    void another_coupon_than_the_orders_own_is_ignored() {
        var withCoupon = anOrderWithCoupon(7);
        var withoutCoupon = anOrder();

        assertThat(withCoupon.couponApplied(8, THOUSAND_OFF)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(withoutCoupon.couponApplied(8, THOUSAND_OFF)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(withCoupon.progress().couponApplied()).isFalse();
    }

    @Test
    void reserved_lines_that_are_not_the_orders_lines_break_the_contract() {
        var order = anOrder();

        assertThatThrownBy(() -> order.stockReserved(List.of(new OrderLine(1, 2, 1_000L)), 2_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> order.stockReserved(
                List.of(new OrderLine(1, 3, 1_000L), new OrderLine(2, 1, 3_000L)), 6_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> order.stockReserved(pricedLines(), 4_999)).isInstanceOf(IllegalArgumentException.class);
        assertThat(order.progress().stockReserved()).isFalse();
    }

    @Test
    void the_requested_payment_completes_the_order() {
        var order = paymentRequested();

        var step = order.paymentCompleted(SUBTOTAL, NOW.plusSeconds(2));

        assertThat(step).isEqualTo(new SagaStep.Completed(NOW.plusSeconds(2)));
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.paidAmount()).isEqualTo(SUBTOTAL);
        assertThat(order.completedAt()).isEqualTo(NOW.plusSeconds(2));
    }

    @Test
    void a_payment_before_it_was_requested_completes_nothing() {
        var order = anOrder();

        assertThat(order.paymentCompleted(SUBTOTAL, NOW)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void a_payment_of_another_amount_than_requested_breaks_the_contract() {
        var order = paymentRequested();

        assertThatThrownBy(() -> order.paymentCompleted(SUBTOTAL - 1, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void a_duplicate_payment_completion_changes_nothing() {
        var order = paymentRequested();
        order.paymentCompleted(SUBTOTAL, NOW.plusSeconds(2));

        assertThat(order.paymentCompleted(SUBTOTAL, NOW.plusSeconds(5))).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.completedAt()).isEqualTo(NOW.plusSeconds(2));
    }

    @Test
    void any_rejection_fails_a_pending_order_with_its_reason() {
        var outOfStock = anOrder();
        var couponRejected = anOrderWithCoupon(7);
        var unpaid = paymentRequested();

        assertThat(outOfStock.reject(Failure.stockRejected("OUT_OF_STOCK", 2L), NOW))
                .isEqualTo(new SagaStep.Failed(new Failure(FailureReason.OUT_OF_STOCK, "productId=2")));
        assertThat(couponRejected.reject(Failure.couponRejected("COUPON_EXPIRED"), NOW))
                .isEqualTo(new SagaStep.Failed(new Failure(FailureReason.COUPON_REJECTED, "COUPON_EXPIRED")));
        assertThat(unpaid.reject(Failure.paymentRejected("INSUFFICIENT_BALANCE"), NOW))
                .isEqualTo(new SagaStep.Failed(new Failure(FailureReason.INSUFFICIENT_BALANCE, null)));
        assertThat(List.of(outOfStock, couponRejected, unpaid)).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(OrderStatus.FAILED);
            assertThat(o.failedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void a_rejection_of_another_coupon_than_the_orders_own_changes_nothing() {
        var withCoupon = anOrderWithCoupon(7);
        var withoutCoupon = anOrder();

        assertThat(withCoupon.couponRejected(8, "COUPON_NOT_OWNED", NOW)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(withoutCoupon.couponRejected(8, "COUPON_NOT_OWNED", NOW)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(withCoupon.couponRejected(7, "COUPON_NOT_OWNED", NOW))
                .isEqualTo(new SagaStep.Failed(new Failure(FailureReason.COUPON_REJECTED, "COUPON_NOT_OWNED")));
        assertThat(withoutCoupon.status()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void a_product_that_does_not_exist_is_its_own_reason() {
        assertThat(Failure.stockRejected("PRODUCT_NOT_FOUND", 9L).reason()).isEqualTo(FailureReason.PRODUCT_NOT_FOUND);
    }

    @Test
    void a_failed_order_fails_once_and_ignores_every_later_reply() {
        var order = anOrderWithCoupon(7);
        order.reject(Failure.stockRejected("OUT_OF_STOCK", 1L), NOW);

        assertThat(order.reject(Failure.couponRejected("COUPON_EXPIRED"), NOW)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.couponApplied(7, THOUSAND_OFF)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.stockReserved(pricedLines(), SUBTOTAL)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.paymentCompleted(0, NOW)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.expire(NOW.plus(Duration.ofDays(1)))).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.failure().reason()).isEqualTo(FailureReason.OUT_OF_STOCK);
    }

    @Test
    void a_rejection_after_completion_is_ignored() {
        var order = paymentRequested();
        order.paymentCompleted(SUBTOTAL, NOW);

        assertThat(order.reject(Failure.paymentRejected("INSUFFICIENT_BALANCE"), NOW)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.failure()).isNull();
    }

    @Test
    void a_pending_order_expires_only_once_its_deadline_has_passed() {
        var order = anOrder();

        assertThat(order.expire(NOW.plusSeconds(29))).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.expire(NOW.plusSeconds(30))).isEqualTo(new SagaStep.Failed(Failure.timeout()));
        assertThat(order.status()).isEqualTo(OrderStatus.FAILED);
    }

    @Test
    void a_payment_that_lands_after_the_deadline_does_not_complete_the_order() {
        var order = paymentRequested();
        order.expire(NOW.plusSeconds(31));

        assertThat(order.paymentCompleted(SUBTOTAL, NOW.plusSeconds(32))).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.status()).isEqualTo(OrderStatus.FAILED);
        assertThat(order.failure().reason()).isEqualTo(FailureReason.TIMEOUT);
    }

    @Test
    void a_completed_order_does_not_expire() {
        var order = paymentRequested();
        order.paymentCompleted(SUBTOTAL, NOW);

        assertThat(order.expire(NOW.plus(Duration.ofDays(1)))).isInstanceOf(SagaStep.Ignored.class);
    }

    @Test
    void a_completed_order_can_be_cancelled_within_the_window() {
        var order = paymentRequested();
        order.paymentCompleted(SUBTOTAL, NOW);

        var step = order.cancel(NOW.plus(Duration.ofHours(24)), Duration.ofHours(24));

        assertThat(step).isEqualTo(new SagaStep.Cancelled(NOW.plus(Duration.ofHours(24))));
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void a_completed_order_cannot_be_cancelled_after_the_window() {
        var order = paymentRequested();
        order.paymentCompleted(SUBTOTAL, NOW);

        assertThatThrownBy(() -> order.cancel(NOW.plus(Duration.ofHours(24)).plusSeconds(1), Duration.ofHours(24)))
                .isInstanceOf(OrderNotCancellableException.class);
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void a_pending_failed_or_cancelled_order_cannot_be_cancelled() {
        var pending = anOrder();
        var failed = anOrder();
        failed.expire(NOW.plusSeconds(60));
        var cancelled = paymentRequested();
        cancelled.paymentCompleted(SUBTOTAL, NOW);
        cancelled.cancel(NOW, Duration.ofHours(1));

        for (var order : List.of(pending, failed, cancelled)) {
            assertThatThrownBy(() -> order.cancel(NOW, Duration.ofHours(24)))
                    .isInstanceOf(OrderNotCancellableException.class)
                    .extracting(e -> ((OrderNotCancellableException) e).code()).isEqualTo("ORDER_NOT_CANCELLABLE");
        }
    }

    @Test
    void a_retry_is_the_same_request_whatever_the_order_of_its_lines() {
        var order = anOrderWithCoupon(7);

        assertThat(order.isSameRequestAs(List.of(OrderLine.of(2, 1), OrderLine.of(1, 2)), 7L)).isTrue();
        assertThat(order.isSameRequestAs(List.of(OrderLine.of(2, 1), OrderLine.of(1, 3)), 7L)).isFalse();
        assertThat(order.isSameRequestAs(List.of(OrderLine.of(2, 1), OrderLine.of(1, 2)), null)).isFalse();
        assertThat(order.isSameRequestAs(List.of(OrderLine.of(1, 2)), 7L)).isFalse();
    }

    @Test
    void an_order_has_one_to_max_lines_each_product_once_and_bounded_quantities() {
        assertThatThrownBy(() -> place(List.of())).hasFieldOrPropertyWithValue("code", "NO_LINES");
        var tooMany = java.util.stream.LongStream.rangeClosed(1, 21).mapToObj(p -> OrderLine.of(p, 1)).toList();
        assertThatThrownBy(() -> place(tooMany)).hasFieldOrPropertyWithValue("code", "TOO_MANY_LINES");
        assertThatThrownBy(() -> place(List.of(OrderLine.of(1, 1001)))).hasFieldOrPropertyWithValue("code", "QUANTITY_TOO_LARGE");
        assertThatThrownBy(() -> place(List.of(OrderLine.of(1, 1), OrderLine.of(1, 2))))
                .hasFieldOrPropertyWithValue("code", "DUPLICATE_PRODUCT");
        assertThatThrownBy(() -> OrderLine.of(0, 1)).hasFieldOrPropertyWithValue("code", "INVALID_PRODUCT");
        assertThatThrownBy(() -> OrderLine.of(1, 0)).hasFieldOrPropertyWithValue("code", "INVALID_QUANTITY");
        assertThat(place(List.of(OrderLine.of(1, 1000))).lines()).hasSize(1);
    }

    @Test
    void a_coupon_id_is_positive() {
        assertThatThrownBy(() -> Order.place(UUID.randomUUID(), "m", List.of(OrderLine.of(1, 1)), 0L, null, POLICY, NOW))
                .hasFieldOrPropertyWithValue("code", "INVALID_COUPON");
    }

    private static Order place(List<OrderLine> lines) {
        return Order.place(UUID.randomUUID(), "m", lines, null, null, POLICY, NOW);
    }

    private static Order paymentRequested() {
        var order = anOrder();
        order.stockReserved(pricedLines(), SUBTOTAL);
        return order;
    }
}

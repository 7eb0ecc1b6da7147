package io.commerce.order.domain;

import static io.commerce.order.domain.OrderBuilder.THOUSAND_OFF;
import static io.commerce.order.domain.OrderBuilder.anOrder;
import static io.commerce.order.domain.OrderFixtures.NOW;
import static io.commerce.order.domain.OrderFixtures.SUBTOTAL;
import static io.commerce.order.domain.OrderFixtures.failureOf;
import static io.commerce.order.domain.OrderFixtures.pricedLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerce.contracts.pricing.Discount;
import io.commerce.order.domain.OrderState.Cancelled;
import io.commerce.order.domain.OrderState.Completed;
import io.commerce.order.domain.OrderState.Failed;
import io.commerce.order.domain.OrderState.Pending;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class OrderTest {

    @Test
    void a_new_order_is_pending_with_unpriced_lines_and_a_deadline() {
        var order = anOrder().build();

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.state()).isEqualTo(new Pending(SagaProgress.start(false)));
        assertThat(order.lines()).allSatisfy(l -> assertThat(l.isPriced()).isFalse());
        assertThat(order.deadline()).isEqualTo(NOW.plusSeconds(30));
        assertThat(order.progress().couponRequired()).isFalse();
    }

    @Test
    void without_a_coupon_reserved_stock_is_enough_to_request_payment_of_the_subtotal() {
        var order = anOrder().build();

        var step = order.stockReserved(pricedLines(), SUBTOTAL);

        assertThat(step).isEqualTo(new SagaStep.PaymentDue(SUBTOTAL));
        assertThat(order.lines()).extracting(OrderLine::unitPrice).containsExactly(1_000L, 3_000L);
        assertThat(order.progress().subtotal()).contains(SUBTOTAL);
        assertThat(order.progress().discount()).contains(0L);
    }

    @Test
    void with_a_coupon_stock_first_then_coupon_requests_payment_once_both_are_in() {
        var order = anOrder().withCoupon(7).build();

        assertThat(order.stockReserved(pricedLines(), SUBTOTAL)).isEqualTo(new SagaStep.Waiting("coupon"));
        assertThat(order.progress().paymentRequested()).isFalse();
        assertThat(order.couponApplied(7, THOUSAND_OFF)).isEqualTo(new SagaStep.PaymentDue(4_000));
    }

    @Test
    void with_a_coupon_coupon_first_then_stock_requests_the_same_payment() {
        var order = anOrder().withCoupon(7).build();

        assertThat(order.couponApplied(7, THOUSAND_OFF)).isEqualTo(new SagaStep.Waiting("stock"));
        assertThat(order.progress().discountRule()).contains(THOUSAND_OFF);
        assertThat(order.stockReserved(pricedLines(), SUBTOTAL)).isEqualTo(new SagaStep.PaymentDue(4_000));
        assertThat(order.progress().discount()).contains(1_000L);
    }

    @Test
    void a_percentage_coupon_is_computed_on_the_reserved_subtotal_and_capped() {
        var order = anOrder().withCoupon(7).couponApplied(Discount.percentage(50, 2_000L)).build();

        assertThat(order.stockReserved(pricedLines(), SUBTOTAL)).isEqualTo(new SagaStep.PaymentDue(3_000));
    }

    @Test
    void the_payable_amount_is_never_below_zero() {
        var order = anOrder().withCoupon(7).couponApplied(Discount.fixed(1_000_000)).build();

        assertThat(order.stockReserved(pricedLines(), SUBTOTAL)).isEqualTo(new SagaStep.PaymentDue(0));
        assertThat(order.progress().discount()).contains(SUBTOTAL);
        assertThat(order.payable()).isZero();
    }

    @Test
    void a_duplicate_stock_or_coupon_reply_never_requests_payment_twice() {
        var order = anOrder().withCoupon(7).build();
        order.stockReserved(pricedLines(), SUBTOTAL);
        order.couponApplied(7, THOUSAND_OFF);
        var requested = order.state();

        assertThat(order.stockReserved(pricedLines(), SUBTOTAL)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.couponApplied(7, THOUSAND_OFF)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.progress().paymentRequested()).isTrue();
        assertThat(order.state()).isEqualTo(requested);
    }

    @Test
    void another_coupon_than_the_orders_own_is_ignored() {
        var withCoupon = anOrder().withCoupon(7).build();
        var withoutCoupon = anOrder().build();

        assertThat(withCoupon.couponApplied(8, THOUSAND_OFF)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(withoutCoupon.couponApplied(8, THOUSAND_OFF)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(withCoupon.progress().couponApplied()).isFalse();
        assertThat(withoutCoupon.progress().discountRule()).isEmpty();
    }

    @Test
    void reserved_lines_that_are_not_the_orders_lines_break_the_contract() {
        var order = anOrder().build();

        assertThatThrownBy(() -> order.stockReserved(List.of(new OrderLine(1, 2, 1_000L)), 2_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> order.stockReserved(
                List.of(new OrderLine(1, 3, 1_000L), new OrderLine(2, 1, 3_000L)), 6_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> order.stockReserved(pricedLines(), 4_999)).isInstanceOf(IllegalArgumentException.class);
        assertThat(order.progress().stockReserved()).isFalse();
        assertThat(order.lines()).noneMatch(OrderLine::isPriced);
    }

    @Test
    void the_requested_payment_completes_the_order() {
        var order = anOrder().paymentRequested().build();
        var requested = order.progress();

        var step = order.paymentCompleted(SUBTOTAL, NOW.plusSeconds(2));

        assertThat(step).isEqualTo(new SagaStep.Completed(NOW.plusSeconds(2)));
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.state()).isEqualTo(new Completed(requested, SUBTOTAL, NOW.plusSeconds(2)));
        assertThat(order.state().completion()).get().satisfies(completed -> {
            assertThat(completed.paidAmount()).isEqualTo(SUBTOTAL);
            assertThat(completed.subtotal()).isEqualTo(SUBTOTAL);
            assertThat(completed.discount()).isZero();
            assertThat(completed.completedAt()).isEqualTo(NOW.plusSeconds(2));
        });
    }

    @Test
    void a_payment_before_it_was_requested_completes_nothing() {
        var order = anOrder().build();

        assertThat(order.paymentCompleted(SUBTOTAL, NOW)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void a_payment_of_another_amount_than_requested_breaks_the_contract() {
        var order = anOrder().paymentRequested().build();

        assertThatThrownBy(() -> order.paymentCompleted(SUBTOTAL - 1, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void a_duplicate_payment_completion_changes_nothing() {
        var order = anOrder().completedAt(NOW.plusSeconds(2)).build();

        assertThat(order.paymentCompleted(SUBTOTAL, NOW.plusSeconds(5))).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.state().completion()).map(Completed::completedAt).contains(NOW.plusSeconds(2));
    }

    @Test
    void any_rejection_fails_a_pending_order_with_its_reason() {
        var outOfStock = anOrder().build();
        var couponRejected = anOrder().withCoupon(7).build();
        var unpaid = anOrder().paymentRequested().build();

        assertThat(outOfStock.reject(Failure.outOfStock(2L), NOW))
                .isEqualTo(new SagaStep.Failed(new Failure(FailureReason.OUT_OF_STOCK, "productId=2"), NOW));
        assertThat(couponRejected.reject(Failure.couponRejected("COUPON_EXPIRED"), NOW))
                .isEqualTo(new SagaStep.Failed(new Failure(FailureReason.COUPON_REJECTED, "COUPON_EXPIRED"), NOW));
        assertThat(unpaid.reject(Failure.insufficientBalance(), NOW))
                .isEqualTo(new SagaStep.Failed(new Failure(FailureReason.INSUFFICIENT_BALANCE, null), NOW));
        assertThat(List.of(outOfStock, couponRejected, unpaid)).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(OrderStatus.FAILED);
            assertThat(o.state()).isInstanceOfSatisfying(Failed.class, f -> assertThat(f.failedAt()).isEqualTo(NOW));
        });
        // what the saga had learned stays with the failed order
        assertThat(unpaid.progress().payable()).contains(SUBTOTAL);
    }

    @Test
    void a_rejection_of_another_coupon_than_the_orders_own_changes_nothing() {
        var withCoupon = anOrder().withCoupon(7).build();
        var withoutCoupon = anOrder().build();

        assertThat(withCoupon.couponRejected(8, "COUPON_NOT_OWNED", NOW)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(withoutCoupon.couponRejected(8, "COUPON_NOT_OWNED", NOW)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(withCoupon.couponRejected(7, "COUPON_NOT_OWNED", NOW))
                .isEqualTo(new SagaStep.Failed(new Failure(FailureReason.COUPON_REJECTED, "COUPON_NOT_OWNED"), NOW));
        assertThat(withoutCoupon.status()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void a_product_that_does_not_exist_is_its_own_reason() {
        assertThat(Failure.productNotFound(9L)).isEqualTo(new Failure(FailureReason.PRODUCT_NOT_FOUND, "productId=9"));
        assertThat(Failure.productNotFound(9L).reason()).isEqualTo(FailureReason.PRODUCT_NOT_FOUND);
    }

    @Test
    void a_stock_reason_without_a_code_of_its_own_is_out_of_stock_and_named_in_the_detail() {
        assertThat(Failure.outOfStock("ORDER_TOO_LARGE", 7L))
                .isEqualTo(new Failure(FailureReason.OUT_OF_STOCK, "ORDER_TOO_LARGE productId=7"));
        assertThat(Failure.outOfStock("ORDER_TOO_LARGE", null))
                .isEqualTo(new Failure(FailureReason.OUT_OF_STOCK, "ORDER_TOO_LARGE"));
        assertThat(Failure.outOfStock(null)).isEqualTo(new Failure(FailureReason.OUT_OF_STOCK, null));
    }

    @Test
    void a_failed_order_fails_once_and_ignores_every_later_reply() {
        var order = anOrder().withCoupon(7).failed(Failure.outOfStock(1L)).build();
        var failed = order.state();

        assertThat(order.reject(Failure.couponRejected("COUPON_EXPIRED"), NOW)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.couponApplied(7, THOUSAND_OFF)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.stockReserved(pricedLines(), SUBTOTAL)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.paymentCompleted(0, NOW)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.expire(NOW.plus(Duration.ofDays(1)))).isInstanceOf(SagaStep.Ignored.class);
        assertThat(failureOf(order).reason()).isEqualTo(FailureReason.OUT_OF_STOCK);
        assertThat(order.state()).isEqualTo(failed);
    }

    @Test
    void a_rejection_after_completion_is_ignored() {
        var order = anOrder().completed().build();
        var completed = order.state();

        assertThat(order.reject(Failure.insufficientBalance(), NOW)).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.state()).isEqualTo(completed);
    }

    @Test
    void a_pending_order_expires_only_once_its_deadline_has_passed() {
        var order = anOrder().build();

        assertThat(order.expire(NOW.plusSeconds(29))).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.expire(NOW.plusSeconds(30))).isEqualTo(new SagaStep.Failed(Failure.timeout(), NOW.plusSeconds(30)));
        assertThat(order.status()).isEqualTo(OrderStatus.FAILED);
    }

    @Test
    void an_order_placed_past_its_deadline_expires_at_once() {
        var order = anOrder().pastDeadline().build();

        assertThat(order.expire(NOW)).isEqualTo(new SagaStep.Failed(Failure.timeout(), NOW));
    }

    @Test
    void a_payment_that_lands_after_the_deadline_does_not_complete_the_order() {
        var order = anOrder().paymentRequested().build();
        order.expire(NOW.plusSeconds(31));

        assertThat(order.paymentCompleted(SUBTOTAL, NOW.plusSeconds(32))).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.status()).isEqualTo(OrderStatus.FAILED);
        assertThat(failureOf(order).reason()).isEqualTo(FailureReason.TIMEOUT);
    }

    @Test
    void a_completed_order_does_not_expire() {
        var order = anOrder().completed().build();

        assertThat(order.expire(NOW.plus(Duration.ofDays(1)))).isInstanceOf(SagaStep.Ignored.class);
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void a_completed_order_can_be_cancelled_within_the_window() {
        var order = anOrder().completed().build();
        var completed = (Completed) order.state();

        var step = order.cancel(NOW.plus(Duration.ofHours(24)), Duration.ofHours(24));

        assertThat(step).isEqualTo(new SagaStep.Cancelled(NOW.plus(Duration.ofHours(24))));
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        // what the completion recorded is kept
        assertThat(order.state()).isEqualTo(new Cancelled(completed, NOW.plus(Duration.ofHours(24))));
        assertThat(order.state().completion()).contains(completed);
    }

    @Test
    void a_completed_order_cannot_be_cancelled_after_the_window() {
        var order = anOrder().completed().build();

        assertThatThrownBy(() -> order.cancel(NOW.plus(Duration.ofHours(24)).plusSeconds(1), Duration.ofHours(24)))
                .isInstanceOf(OrderNotCancellableException.class);
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void a_pending_failed_or_cancelled_order_cannot_be_cancelled() {
        var pending = anOrder().build();
        var failed = anOrder().build();
        failed.expire(NOW.plusSeconds(60));
        var cancelled = anOrder().cancelled().build();

        for (var order : List.of(pending, failed, cancelled)) {
            var before = order.state();
            assertThatThrownBy(() -> order.cancel(NOW, Duration.ofHours(24)))
                    .isInstanceOf(OrderNotCancellableException.class)
                    .extracting(e -> ((OrderNotCancellableException) e).code()).isEqualTo("ORDER_NOT_CANCELLABLE");
            assertThat(order.state()).isEqualTo(before);
        }
    }

    @Test
    void a_retry_is_the_same_request_whatever_the_order_of_its_lines() {
        var order = anOrder().withCoupon(7).build();

        assertThat(order.isSameRequestAs(List.of(OrderLine.of(2, 1), OrderLine.of(1, 2)), 7L)).isTrue();
        assertThat(order.isSameRequestAs(List.of(OrderLine.of(2, 1), OrderLine.of(1, 3)), 7L)).isFalse();
        assertThat(order.isSameRequestAs(List.of(OrderLine.of(2, 1), OrderLine.of(1, 2)), null)).isFalse();
        assertThat(order.isSameRequestAs(List.of(OrderLine.of(1, 2)), 7L)).isFalse();
    }

    @Test
    void an_order_has_one_to_max_lines_each_product_once_and_bounded_quantities() {
        assertThatThrownBy(() -> withLines(List.of())).hasFieldOrPropertyWithValue("code", "NO_LINES");
        var tooMany = LongStream.rangeClosed(1, 21).mapToObj(p -> OrderLine.of(p, 1)).toList();
        assertThatThrownBy(() -> withLines(tooMany)).hasFieldOrPropertyWithValue("code", "TOO_MANY_LINES");
        assertThatThrownBy(() -> withLines(List.of(OrderLine.of(1, 1001)))).hasFieldOrPropertyWithValue("code", "QUANTITY_TOO_LARGE");
        assertThatThrownBy(() -> withLines(List.of(OrderLine.of(1, 1), OrderLine.of(1, 2))))
                .hasFieldOrPropertyWithValue("code", "DUPLICATE_PRODUCT");
        assertThatThrownBy(() -> OrderLine.of(0, 1)).hasFieldOrPropertyWithValue("code", "INVALID_PRODUCT");
        assertThatThrownBy(() -> OrderLine.of(1, 0)).hasFieldOrPropertyWithValue("code", "INVALID_QUANTITY");
        assertThat(withLines(List.of(OrderLine.of(1, 1000))).lines()).hasSize(1);
        assertThat(withLines(LongStream.rangeClosed(1, 20).mapToObj(p -> OrderLine.of(p, 1)).toList()).lines()).hasSize(20);
    }

    @Test
    void a_coupon_id_is_positive() {
        assertThatThrownBy(() -> anOrder().withCoupon(0).build()).hasFieldOrPropertyWithValue("code", "INVALID_COUPON");
    }

    @Test
    void a_new_order_has_no_prices_yet() {
        assertThatThrownBy(() -> withLines(pricedLines())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_stored_order_is_restored_in_its_state_and_one_that_contradicts_itself_is_refused() {
        var completed = anOrder().withCoupon(7).withKey("k-1").completed().build();

        var restored = Order.restore(completed.id(), completed.memberId(), completed.lines(), 7L,
                completed.idempotencyKey().orElseThrow(), completed.placedAt(), completed.deadline(), completed.state());

        assertThat(restored.state()).isEqualTo(completed.state());
        assertThat(restored.couponId()).contains(7L);
        assertThat(restored.idempotencyKey()).map(key -> key.value()).contains("k-1");
        // a coupon the saga does not wait for, or prices before the stock is reserved, is no order the rules allow
        assertThatThrownBy(() -> Order.restore(UUID.randomUUID(), "m", List.of(OrderLine.of(1, 1)), 7L, null, NOW,
                NOW.plusSeconds(30), new Pending(SagaProgress.start(false)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Order.restore(UUID.randomUUID(), "m", pricedLines(), null, null, NOW,
                NOW.plusSeconds(30), new Pending(SagaProgress.start(false)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_saga_progress_knows_nothing_it_could_not_have_heard() {
        assertThatThrownBy(() -> new SagaProgress(false, Optional.empty(), Optional.empty(), Optional.of(0L)))
                .as("a discount before the stock is priced").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SagaProgress(true, Optional.of(SUBTOTAL), Optional.empty(), Optional.of(0L)))
                .as("a payment requested before the coupon is applied").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SagaProgress(false, Optional.empty(), Optional.of(THOUSAND_OFF), Optional.empty()))
                .as("a discount rule for an order without a coupon").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Completed(SagaProgress.start(false), 0, NOW))
                .as("a completion before payment was requested").isInstanceOf(IllegalArgumentException.class);
    }

    private static Order withLines(List<OrderLine> lines) {
        return anOrder().by("m").withLines(lines).build();
    }
}
